import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
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

export interface ReasonDialogData {
  title: string;
  intro: string;
  label: string;
  confirm: string;
  minLength: number;
}

const MAX_LENGTH = 1000;

/** Asks why (cancelling, moving, not inviting a parent); closes with the trimmed reason. */
@Component({
  selector: 'tafel-reason-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reason-dialog.html',
  styles: `
    mat-form-field {
      display: block;
    }
  `,
})
export class ReasonDialog {
  private readonly dialogRef = inject<MatDialogRef<ReasonDialog, string>>(MatDialogRef);
  protected readonly data = inject<ReasonDialogData>(MAT_DIALOG_DATA);
  protected readonly maxLength = MAX_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', (control: AbstractControl<string>) => this.check(control.value)],
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.dialogRef.close(this.form.getRawValue().reason.trim());
  }

  private check(value: string): ValidationErrors | null {
    const length = value.trim().length;
    if (length === 0) return { required: true };
    if (length < this.data.minLength) return { minlength: true };
    if (length > MAX_LENGTH) return { maxlength: true };
    return null;
  }
}
