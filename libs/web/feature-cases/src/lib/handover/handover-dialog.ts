import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import {
  CaseDetail,
  CoordinatorCandidate,
  PersonOption,
  REASON_MAX_LENGTH,
  REASON_MIN_LENGTH,
} from '@tafel/shared/contracts';
import { CasesApi, problemMessage } from '@tafel/web/core';
import { catchError, map, Observable, of, shareReplay } from 'rxjs';
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

export interface HandoverDialogData {
  caseId: string;
}

/** A candidate as the people picker shows one: name and organisation. */
const asOption = (candidate: CoordinatorCandidate): PersonOption => ({
  ...candidate,
  role: 'coordinator',
  organisationType: null,
});

/**
 * "Regie overdragen": find the new coordinator by name or organisation (the people picker over the
 * candidates the API allows) and say why. Closes with the updated case.
 */
@Component({
  selector: 'tafel-handover-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatButtonModule,
    PersonPicker,
    ProblemAlert,
    ReasonField,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Created under the root injector, not the route's: the form rules of the app's pages, here too.
  providers: formRules,
  templateUrl: './handover-dialog.html',
  styleUrl: '../shared/dialog.scss',
})
export class HandoverDialog {
  private readonly api = inject(CasesApi);
  private readonly dialogRef = inject<MatDialogRef<HandoverDialog, CaseDetail>>(MatDialogRef);
  private readonly data = inject<HandoverDialogData>(MAT_DIALOG_DATA);

  protected readonly minLength = REASON_MIN_LENGTH;
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  private readonly candidates$ = this.api.coordinatorCandidates(this.data.caseId).pipe(
    map((candidates) => candidates.map(asOption)),
    catchError((error: unknown) => {
      this.error.set(problemMessage(error));
      return of<PersonOption[]>([]);
    }),
    shareReplay(1),
  );
  protected readonly candidates = toSignal(this.candidates$);
  protected readonly form = inject(NonNullableFormBuilder).group({
    coordinator: new FormControl<PersonPick>(null, personChosen),
    reason: ['', textValidator(REASON_MIN_LENGTH, REASON_MAX_LENGTH)],
  });
  /** Candidates whose name or organisation holds the typed text. */
  protected readonly search = (text: string): Observable<PersonOption[]> => {
    const wanted = text.toLocaleLowerCase('nl');
    return this.candidates$.pipe(
      map((candidates) =>
        candidates.filter((c) =>
          `${c.displayName} ${c.organisation ?? ''}`.toLocaleLowerCase('nl').includes(wanted),
        ),
      ),
    );
  };

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
    this.api.handOver(this.data.caseId, { coordinatorId, reason: reason.trim() }).subscribe({
      next: (updated) => this.dialogRef.close(updated),
      error: (error: unknown) => {
        this.error.set(problemMessage(error));
        this.busy.set(false);
      },
    });
  }
}
