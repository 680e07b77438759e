import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { OrganisationType, PersonOption, TafelDetail, TafelRole } from '@tafel/shared/contracts';
import { PeopleApi, problemInvalidParams, problemMessage, TafelsApi } from '@tafel/web/core';
import {
  chosenPerson,
  Confirmation,
  PersonPick,
  PersonPicker,
  personChosen,
  TAFEL_ROLE_LABELS,
} from '@tafel/web/ui';
import { Observable } from 'rxjs';
import { describeInvalidParams } from '../../shared/invalid-params';

/** Roles filled by a chain partner, found by name; a seat of an organisation type searches only there. */
export const CHAIN_ROLES: readonly TafelRole[] = ['raad', 'vtt', 'gi', 'professional'];
const ORGANISATION_OF_ROLE: Partial<Record<TafelRole, OrganisationType>> = {
  raad: 'raad',
  vtt: 'veilig_thuis',
  gi: 'gi',
};

/**
 * A chain partner chosen by name and organisation (the people picker), never by id. With `role`
 * the seat is given (a missing role before the slots); without it the user chooses the role.
 */
@Component({
  selector: 'tafel-chain-partner-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatSelectModule, PersonPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="row" [formGroup]="form" (ngSubmit)="add()" novalidate>
      @if (!role()) {
        <mat-form-field appearance="outline">
          <mat-label i18n="@@addParticipant.role">Rol</mat-label>
          <mat-select formControlName="role" required>
            @for (option of chainRoles; track option) {
              <mat-option [value]="option">{{ roleLabels[option] }}</mat-option>
            }
          </mat-select>
          <mat-error i18n="@@addParticipant.roleRequired">Kies een rol.</mat-error>
        </mat-form-field>
      }
      <tafel-person-picker [label]="pickerLabel()" [control]="form.controls.person" [search]="searchPeople" />
      <button mat-stroked-button type="submit" [attr.aria-busy]="busy()">{{ buttonText() }}</button>
    </form>
    <div role="alert">
      @if (error(); as problem) {
        <div class="error">
          <p>{{ problem.message }}</p>
          @for (detail of problem.details; track $index) {
            <p>{{ detail }}</p>
          }
        </div>
      }
    </div>
  `,
  styleUrl: './add-participant.scss',
})
export class ChainPartnerForm {
  readonly tafel = input.required<TafelDetail>();
  /** The seat to fill; null lets the user choose the role. */
  readonly role = input<TafelRole | null>(null);
  readonly changed = output<TafelDetail>();

  private readonly api = inject(TafelsApi);
  private readonly people = inject(PeopleApi);
  private readonly confirmation = inject(Confirmation);

  protected readonly chainRoles = CHAIN_ROLES;
  protected readonly roleLabels = TAFEL_ROLE_LABELS;
  protected readonly busy = signal(false);
  protected readonly error = signal<{ message: string; details: string[] } | null>(null);
  private readonly fb = inject(NonNullableFormBuilder);
  /** The form's directive: resetting through it also forgets that it was submitted, so no field turns red. */
  private readonly formDirective = viewChild.required(FormGroupDirective);
  protected readonly form = this.fb.group({
    role: this.fb.control<TafelRole | ''>(''),
    person: new FormControl<PersonPick>(null, personChosen),
  });
  protected readonly pickerLabel = computed(() => {
    const role = this.role();
    return role
      ? $localize`:@@chainPartner.nameFor:Naam (${this.roleLabels[role]}:role:)`
      : $localize`:@@addParticipant.person:Naam`;
  });
  protected readonly buttonText = computed(() => {
    const role = this.role();
    return role
      ? $localize`:@@chainPartner.addRole:${this.roleLabels[role]}:role: toevoegen`
      : $localize`:@@addParticipant.add:Deelnemer toevoegen`;
  });

  /** Professionals by name; for a Raad, Veilig Thuis or GI seat only those of such an organisation. */
  protected readonly searchPeople = (q: string): Observable<PersonOption[]> => {
    const role = this.seat();
    const organisationType = role ? ORGANISATION_OF_ROLE[role] : undefined;
    return this.people.search({ q, organisationType });
  };

  protected add(): void {
    const role = this.seat();
    const person = chosenPerson(this.form.controls.person.value);
    if (!role || !person) {
      this.form.controls.role.setErrors(role ? null : { required: true });
      this.form.markAllAsTouched();
      return;
    }
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.api.addParticipant(this.tafel().id, { role, userId: person.id }).subscribe({
      next: (updated) => {
        this.busy.set(false);
        this.formDirective().resetForm();
        this.confirmation.show(
          $localize`:@@chainPartner.added:${person.displayName}:name: zit nu aan tafel als ${this.roleLabels[role]}:role:.`,
        );
        this.changed.emit(updated);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set({
          message: problemMessage(error),
          details: describeInvalidParams(problemInvalidParams(error)),
        });
      },
    });
  }

  private seat(): TafelRole | null {
    return this.role() ?? (this.form.controls.role.value || null);
  }
}
