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

export interface ReviewDialogData {
  access: EmergencyAccess;
}

const NOTE_MIN_LENGTH = 5;
const NOTE_MAX_LENGTH = 2000;

function noteValidator(control: AbstractControl<string>): ValidationErrors | null {
  const length = (control.value ?? '').trim().length;
  if (length === 0) return { required: true };
  return length < NOTE_MIN_LENGTH
    ? { minlength: { requiredLength: NOTE_MIN_LENGTH, actualLength: length } }
    : null;
}

/** The privacy officer's review of one emergency access. Closes with the reviewed access. */
@Component({
  selector: 'tafel-review-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-dialog.html',
  styles: `
    mat-form-field {
      display: block;
    }
    .error {
      margin: 0;
      padding: 0.75rem 1rem;
      border-radius: 0.5rem;
      color: var(--mat-sys-on-error-container);
      background: var(--mat-sys-error-container);
    }
  `,
})
export class ReviewDialog {
  private readonly api = inject(AccessLogApi);
  private readonly dialogRef = inject<MatDialogRef<ReviewDialog, EmergencyAccess>>(MatDialogRef);
  protected readonly data = inject<ReviewDialogData>(MAT_DIALOG_DATA);

  protected readonly minLength = NOTE_MIN_LENGTH;
  protected readonly maxLength = NOTE_MAX_LENGTH;
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({ note: ['', noteValidator] });

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.api.review(this.data.access.id, this.form.getRawValue().note.trim()).subscribe({
      next: (reviewed) => this.dialogRef.close(reviewed),
      error: (error: unknown) => {
        this.error.set(problemMessage(error));
        this.busy.set(false);
      },
    });
  }
}
