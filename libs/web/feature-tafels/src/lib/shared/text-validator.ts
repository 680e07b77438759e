import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** A text that must say something: filled in, and at least `min` characters that are not spaces. */
export function textValidator(min: number, max = 4000): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const length = (control.value ?? '').trim().length;
    if (length === 0) return { required: true };
    if (length < min) return { minlength: { requiredLength: min, actualLength: length } };
    if (length > max) return { maxlength: { requiredLength: max, actualLength: length } };
    return null;
  };
}
