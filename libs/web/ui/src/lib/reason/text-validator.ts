import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { TEXT_MAX_LENGTH } from '@tafel/shared/contracts';

/**
 * A text that must say something: filled in, and at least `min` characters that are not spaces
 * (the API counts the same limits, from the contracts).
 */
export function textValidator(min: number, max = TEXT_MAX_LENGTH): ValidatorFn {
  return (control: AbstractControl<string | null>): ValidationErrors | null => {
    const length = (control.value ?? '').trim().length;
    if (length === 0) return { required: true };
    if (length < min) return { minlength: { requiredLength: min, actualLength: length } };
    if (length > max) return { maxlength: { requiredLength: max, actualLength: length } };
    return null;
  };
}
