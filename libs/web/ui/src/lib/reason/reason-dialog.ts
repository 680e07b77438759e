import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { REASON_MAX_LENGTH } from '@tafel/shared/contracts';
import { Observable, filter } from 'rxjs';
import { formRules } from '../form-errors/form-rules';
import { ProblemAlert } from '../problem-alert/problem-alert';
import { ReasonField } from './reason-field';
import { textValidator } from './text-validator';

/** What the dialog does with the reason: send it, and say in words why it failed. */
export interface ReasonAction<R> {
  send(reason: string): Observable<R>;
  problem(error: unknown): string;
}

export interface ReasonDialogData<R = string> {
  title: string;
  /** Paragraphs above the field. */
  intro: readonly string[];
  label: string;
  hint?: string;
  /** Shown when the field is empty (default "Vul een reden in."). */
  requiredMessage?: string;
  confirm: string;
  minLength: number;
  maxLength?: number;
  rows?: number;
  /**
   * With an action the dialog sends the reason itself, stays open with the problem when that
   * fails, and closes with the answer. Without one it closes with the trimmed reason.
   */
  action?: ReasonAction<R>;
}

/** Asks why (a regie change, break the glass, moving or cancelling a tafel, not inviting a parent, a review). */
@Component({
  selector: 'tafel-reason-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, ProblemAlert, ReasonField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Created under the root injector, not the route's: the form rules of the app's pages, here too.
  providers: formRules,
  templateUrl: './reason-dialog.html',
})
export class ReasonDialog<R = string> {
  private readonly dialogRef = inject<MatDialogRef<ReasonDialog<R>, R | string>>(MatDialogRef);
  protected readonly data = inject<ReasonDialogData<R>>(MAT_DIALOG_DATA);
  protected readonly maxLength = this.data.maxLength ?? REASON_MAX_LENGTH;
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', textValidator(this.data.minLength, this.maxLength)],
  });

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const reason = this.form.getRawValue().reason.trim();
    const action = this.data.action;
    if (!action) {
      this.dialogRef.close(reason);
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    action.send(reason).subscribe({
      next: (answer) => this.dialogRef.close(answer),
      error: (error: unknown) => {
        this.error.set(action.problem(error));
        this.busy.set(false);
      },
    });
  }
}

/** The size every dialog of the app opens with. */
export const DIALOG_SIZE = { width: '32rem', maxWidth: 'calc(100vw - 2rem)' } as const;

/** Opens the reason dialog; emits the reason (or the action's answer) once, and nothing when cancelled. */
export function askReason<R = string>(dialog: MatDialog, data: ReasonDialogData<R>): Observable<R> {
  return dialog
    .open<ReasonDialog<R>, ReasonDialogData<R>, R>(ReasonDialog, { ...DIALOG_SIZE, data })
    .afterClosed()
    .pipe(filter((answer): answer is R => answer !== undefined && answer !== null && answer !== ''));
}
