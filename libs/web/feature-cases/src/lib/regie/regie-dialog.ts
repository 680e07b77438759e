import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CaseDetail, RegieMode } from '@tafel/shared/contracts';
import { CasesApi, problemMessage } from '@tafel/web/core';
import { REGIE_LABELS } from '@tafel/web/ui';
import { REASON_MAX_LENGTH, REASON_MIN_LENGTH, reasonValidator } from '../shared/reason';

export interface RegieDialogData {
  caseId: string;
  current: RegieMode;
}

/** "Regie wijzigen": move regie between the family and a professional, with a reason the family will see. */
@Component({
  selector: 'tafel-regie-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './regie-dialog.html',
  styleUrl: '../shared/dialog.scss',
})
export class RegieDialog {
  private readonly api = inject(CasesApi);
  private readonly dialogRef = inject<MatDialogRef<RegieDialog, CaseDetail>>(MatDialogRef);
  private readonly data = inject<RegieDialogData>(MAT_DIALOG_DATA);

  protected readonly target: RegieMode = this.data.current === 'family' ? 'professional' : 'family';
  protected readonly fromLabel = REGIE_LABELS[this.data.current];
  protected readonly toLabel = REGIE_LABELS[this.target];
  protected readonly minLength = REASON_MIN_LENGTH;
  protected readonly maxLength = REASON_MAX_LENGTH;
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [reasonValidator, Validators.maxLength(REASON_MAX_LENGTH)]],
  });

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.api
      .changeRegie(this.data.caseId, { mode: this.target, reason: this.form.getRawValue().reason.trim() })
      .subscribe({
        next: (updated) => this.dialogRef.close(updated),
        error: (error: unknown) => {
          this.error.set(problemMessage(error));
          this.busy.set(false);
        },
      });
  }
}
