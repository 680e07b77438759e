import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  GEMEENTEN,
  Gemeente,
  ORGANISATION_TYPES,
  Organisation,
  OrganisationType,
} from '@tafel/shared/contracts';
import { loadResource, problemMessage } from '@tafel/web/core';
import { Confirmation, Loading, ORGANISATION_TYPE_LABELS, ProblemAlert } from '@tafel/web/ui';
import { firstValueFrom } from 'rxjs';
import { AdminApi } from '../admin.api';

/** Organisations: the list, a new one, and changing the name, kind or gemeente of one. */
@Component({
  selector: 'tafel-organisations-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    Loading,
    ProblemAlert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './organisations.page.html',
  styleUrl: './organisations.page.scss',
})
export class OrganisationsPage {
  private readonly api = inject(AdminApi);
  private readonly confirmation = inject(Confirmation);
  protected readonly types = ORGANISATION_TYPES;
  protected readonly typeLabels = ORGANISATION_TYPE_LABELS;
  protected readonly gemeenten = GEMEENTEN;

  private readonly reload = signal(0);
  protected readonly organisations = loadResource(toObservable(this.reload), () => this.api.organisations());

  /** The organisation being edited; null: the form makes a new one. */
  protected readonly editing = signal<Organisation | null>(null);
  /** The form's directive: resetting through it also forgets that it was submitted, so no field turns red. */
  private readonly formDirective = viewChild.required(FormGroupDirective);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    type: ['' as OrganisationType | '', Validators.required],
    gemeente: ['' as Gemeente | ''],
  });
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected edit(organisation: Organisation): void {
    this.editing.set(organisation);
    this.problem.set(null);
    this.form.setValue({
      name: organisation.name,
      type: organisation.type,
      gemeente: organisation.gemeente ?? '',
    });
  }

  protected cancel(): void {
    this.editing.set(null);
    this.formDirective().resetForm();
  }

  protected async save(): Promise<void> {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const request = {
      name: value.name,
      type: value.type as OrganisationType,
      ...(value.gemeente === '' ? {} : { gemeente: value.gemeente }),
    };
    const editing = this.editing();
    this.busy.set(true);
    this.problem.set(null);
    try {
      const saved = await firstValueFrom(
        editing ? this.api.updateOrganisation(editing.id, request) : this.api.createOrganisation(request),
      );
      this.confirmation.show(
        editing
          ? $localize`:@@admin.organisations.updated:${saved.name}:name: is opgeslagen.`
          : $localize`:@@admin.organisations.created:${saved.name}:name: is toegevoegd.`,
      );
      this.cancel();
      this.reload.update((n) => n + 1);
    } catch (error) {
      this.problem.set(problemMessage(error));
    } finally {
      this.busy.set(false);
    }
  }
}
