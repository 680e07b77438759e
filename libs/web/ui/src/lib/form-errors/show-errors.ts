import { FormGroup } from '@angular/forms';

/**
 * A form that cannot be sent yet: every field's error shows (under `formRules` an error shows once a
 * field is dirty — also inside a nested `[formGroup]`, whose own directive is never "submitted"), and the
 * first field that needs work gets the focus, which on a phone can be a screen or more above the button.
 */
export function showErrors(form: FormGroup, host: HTMLElement): void {
  form.markAllAsDirty();
  host.querySelector<HTMLElement>('.ng-invalid:is(input, textarea, select, mat-select)')?.focus();
}
