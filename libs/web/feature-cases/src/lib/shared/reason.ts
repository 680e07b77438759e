import { AbstractControl, ValidationErrors } from '@angular/forms';

export const REASON_MIN_LENGTH = 5;
export const REASON_MAX_LENGTH = 1000;

/** A reason must say something: at least 5 characters that are not spaces. */
export function reasonValidator(control: AbstractControl<string>): ValidationErrors | null {
  const length = (control.value ?? '').trim().length;
  if (length === 0) return { required: true };
  if (length < REASON_MIN_LENGTH)
    return { minlength: { requiredLength: REASON_MIN_LENGTH, actualLength: length } };
  return null;
}
