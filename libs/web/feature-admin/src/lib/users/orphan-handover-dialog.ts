import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import {
  AdminUser,
  PersonOption,
  REASON_MAX_LENGTH,
  REASON_MIN_LENGTH,
  UserResponsibilities,
} from '@tafel/shared/contracts';
import { problemMessage } from '@tafel/web/core';
import {
  chosenPerson,
  formRules,
  PersonPick,
  PersonPicker,
  personChosen,
  ProblemAlert,
  ReasonField,
  textValidator,
} from '@tafel/web/ui';
import { map, Observable } from 'rxjs';
import { AdminApi } from '../admin.api';

export interface OrphanHandoverData {
  /** The deactivated coordinator whose families are handed over. */
  user: AdminUser;
  families: number;
}

/** An account as the people picker shows one, when it is an active coordinator. */
const asCoordinator = (user: AdminUser): PersonOption[] =>
  user.active && user.role === 'coordinator'
    ? [
        {
          ...user,
          role: 'coordinator',
          organisation: user.organisation?.name ?? null,
          organisationType: null,
        },
      ]
    : [];

/**
 * The families of a deactivated coordinator to another coordinator, all at once: the administrator
 * chooses the person and says why, and sees nothing of the families but how many. Closes with what
 * the person still carries afterwards.
 */
@Component({
  selector: 'tafel-orphan-handover-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, PersonPicker, ProblemAlert, ReasonField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Created under the root injector, not the route's: the form rules of the app's pages, here too.
  providers: formRules,
  templateUrl: './orphan-handover-dialog.html',
})
export class OrphanHandoverDialog {
  private readonly api = inject(AdminApi);
  private readonly dialogRef = inject<MatDialogRef<OrphanHandoverDialog, UserResponsibilities>>(MatDialogRef);
  protected readonly data = inject<OrphanHandoverData>(MAT_DIALOG_DATA);
  protected readonly minLength = REASON_MIN_LENGTH;
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    coordinator: new FormControl<PersonPick>(null, personChosen),
    reason: ['', textValidator(REASON_MIN_LENGTH, REASON_MAX_LENGTH)],
  });
  /** Active coordinators by name or e-mail, from the administrator's own list of accounts. */
  protected readonly search = (text: string): Observable<PersonOption[]> =>
    this.api.users(text).pipe(map((users) => users.flatMap(asCoordinator)));

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { coordinator, reason } = this.form.getRawValue();
    const coordinatorId = chosenPerson(coordinator)?.id;
    if (!coordinatorId) return;
    this.busy.set(true);
    this.error.set(null);
    this.api.handOver(this.data.user.id, { coordinatorId, reason: reason.trim() }).subscribe({
      next: (carries) => this.dialogRef.close(carries),
      error: (error: unknown) => {
        this.error.set(problemMessage(error));
        this.busy.set(false);
      },
    });
  }
}
