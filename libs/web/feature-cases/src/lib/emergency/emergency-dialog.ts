import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { EmergencyAccess } from '@tafel/shared/contracts';
import { AccessLogApi, problemMessage } from '@tafel/web/core';
import { REASON_MAX_LENGTH } from '../shared/reason';

export interface EmergencyDialogData {
  caseId: string;
}

/** The API asks for a reason of at least 20 characters. */
export const EMERGENCY_REASON_MIN_LENGTH = 20;

function emergencyReasonValidator(control: AbstractControl<string>): ValidationErrors | null {
  const length = (control.value ?? '').trim().length;
  if (length === 0) return { required: true };
  return length < EMERGENCY_REASON_MIN_LENGTH
    ? { minlength: { requiredLength: EMERGENCY_REASON_MIN_LENGTH, actualLength: length } }
    : null;
}

/** Break the glass: a professional who is not a member asks for time-limited access, with a reason. */
@Component({
  selector: 'tafel-emergency-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './emergency-dialog.html',
  styleUrl: '../shared/dialog.scss',
})
export class EmergencyDialog {
  private readonly api = inject(AccessLogApi);
  private readonly dialogRef = inject<MatDialogRef<EmergencyDialog, EmergencyAccess>>(MatDialogRef);
  private readonly data = inject<EmergencyDialogData>(MAT_DIALOG_DATA);

  protected readonly minLength = EMERGENCY_REASON_MIN_LENGTH;
  protected readonly maxLength = REASON_MAX_LENGTH;
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', emergencyReasonValidator],
  });

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.api.requestEmergencyAccess(this.data.caseId, this.form.getRawValue().reason.trim()).subscribe({
      next: (access) => this.dialogRef.close(access),
      error: (error: unknown) => {
        this.error.set(problemMessage(error));
        this.busy.set(false);
      },
    });
  }
}
