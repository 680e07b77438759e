import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { AdminUser, EMAIL_MAX_LENGTH, STAFF_ROLES, StaffRole } from '@tafel/shared/contracts';
import { loadedValue, loadResource, problemMessage } from '@tafel/web/core';
import {
  askConfirmation,
  Confirmation,
  ConfirmAction,
  ConfirmDialogData,
  Loading,
  ProblemAlert,
  ROLE_LABELS,
} from '@tafel/web/ui';
import { debounceTime, firstValueFrom, Observable } from 'rxjs';
import { AdminApi } from '../admin.api';

/** Accounts: search, create (the person gets an invitation mail), deactivate, reset the second factor. */
@Component({
  selector: 'tafel-users-page',
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
  templateUrl: './users.page.html',
  styleUrl: './users.page.scss',
})
export class UsersPage {
  private readonly api = inject(AdminApi);
  private readonly confirmation = inject(Confirmation);
  private readonly dialog = inject(MatDialog);
  protected readonly roles = STAFF_ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly emailMax = EMAIL_MAX_LENGTH;

  protected readonly query = signal('');
  private readonly reload = signal(0);
  /** The search as typed (after a pause) and again after each change. */
  private readonly search$ = toObservable(computed(() => ({ q: this.query(), n: this.reload() })));
  protected readonly users = loadResource(
    this.search$.pipe(debounceTime(250)),
    ({ q }): Observable<AdminUser[]> => this.api.users(q.trim()),
  );
  protected readonly organisations = loadResource(() => this.api.organisations());
  protected readonly loadedOrganisations = () => loadedValue(this.organisations()) ?? [];

  /** The form's directive: resetting through it also forgets that it was submitted, so no field turns red. */
  private readonly formDirective = viewChild.required(FormGroupDirective);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)]],
    displayName: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    role: ['' as StaffRole | '', Validators.required],
    organisationId: ['', Validators.required],
  });
  protected readonly creating = signal(false);
  protected readonly createProblem = signal<string | null>(null);

  protected search(value: string): void {
    this.query.set(value);
  }

  protected async create(): Promise<void> {
    if (this.creating()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { role, ...rest } = this.form.getRawValue();
    this.creating.set(true);
    this.createProblem.set(null);
    try {
      const user = await firstValueFrom(this.api.createUser({ ...rest, role: role as StaffRole }));
      this.formDirective().resetForm();
      this.confirmation.show(
        $localize`:@@admin.users.created:Account voor ${user.displayName}:name: aangemaakt; de uitnodiging is verstuurd naar ${user.email}:email:.`,
      );
      this.reload.update((n) => n + 1);
    } catch (error) {
      this.createProblem.set(problemMessage(error));
    } finally {
      this.creating.set(false);
    }
  }

  protected deactivate(user: AdminUser): void {
    this.confirmThen(
      {
        title: $localize`:@@admin.users.deactivateTitle:${user.displayName}:name: deactiveren?`,
        intro: [
          $localize`:@@admin.users.deactivateIntro:${user.displayName}:name: wordt nu overal uitgelogd en kan daarna niet meer inloggen.`,
        ],
        confirm: $localize`:@@admin.users.deactivateConfirm:Deactiveren`,
        action: this.action(this.api.deactivate(user.id)),
      },
      $localize`:@@admin.users.deactivated:${user.displayName}:name: is gedeactiveerd en overal uitgelogd.`,
    );
  }

  protected resetSecondFactor(user: AdminUser): void {
    this.confirmThen(
      {
        title: $localize`:@@admin.users.resetTitle:Tweestapsverificatie van ${user.displayName}:name: wissen?`,
        intro: [
          $localize`:@@admin.users.resetIntro:${user.displayName}:name: wordt nu overal uitgelogd en stelt bij de volgende keer inloggen de tweestapsverificatie opnieuw in.`,
          $localize`:@@admin.users.resetCheck:Doe dit alleen als u zeker weet dat de vraag van ${user.displayName}:name: zelf komt.`,
        ],
        confirm: $localize`:@@admin.users.resetConfirm:Wissen`,
        action: this.action(this.api.resetSecondFactor(user.id)),
      },
      $localize`:@@admin.users.secondFactorReset:De tweestapsverificatie van ${user.displayName}:name: is gewist. Bij de volgende keer inloggen stelt die persoon een nieuwe in.`,
    );
  }

  /** Asks first; after the action, says what happened and reloads the list. */
  private confirmThen(data: ConfirmDialogData<AdminUser>, done: string): void {
    askConfirmation(this.dialog, data).subscribe(() => {
      this.confirmation.show(done);
      this.reload.update((n) => n + 1);
    });
  }

  private action(call: Observable<AdminUser>): ConfirmAction<AdminUser> {
    return { send: () => call, problem: problemMessage };
  }
}
