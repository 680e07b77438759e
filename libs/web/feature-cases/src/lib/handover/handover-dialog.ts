import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import {
  CaseDetail,
  CoordinatorCandidate,
  REASON_MAX_LENGTH,
  REASON_MIN_LENGTH,
} from '@tafel/shared/contracts';
import { CasesApi, problemMessage } from '@tafel/web/core';
import { catchError, of } from 'rxjs';
import { ProblemAlert, ReasonField, textValidator } from '@tafel/web/ui';

export interface HandoverDialogData {
  caseId: string;
}

/** "Regie overdragen": pick the new coordinator and say why. Closes with the updated case. */
@Component({
  selector: 'tafel-handover-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatSelectModule,
    MatButtonModule,
    ProblemAlert,
    ReasonField,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
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
  protected readonly candidates = toSignal(
    this.api.coordinatorCandidates(this.data.caseId).pipe(
      catchError((error: unknown) => {
        this.error.set(problemMessage(error));
        return of<CoordinatorCandidate[]>([]);
      }),
    ),
  );
  protected readonly form = inject(NonNullableFormBuilder).group({
    coordinatorId: ['', Validators.required],
    reason: ['', textValidator(REASON_MIN_LENGTH, REASON_MAX_LENGTH)],
  });

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { coordinatorId, reason } = this.form.getRawValue();
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
