import { HttpErrorResponse } from '@angular/common/http';
import { AbstractControl, ValidationErrors } from '@angular/forms';
import { isProblemDetails } from '@tafel/web/core';

/** What the user typed as an authenticator code, without the spaces some apps show ("123 456"). */
export function normaliseCode(value: string): string {
  return value.replace(/\s+/g, '');
}

/** A code from the authenticator app: 6 digits. */
export function totpCodeValidator(control: AbstractControl<string>): ValidationErrors | null {
  const code = normaliseCode(control.value ?? '');
  if (code === '') return { required: true };
  return /^\d{6}$/.test(code) ? null : { pattern: true };
}

/** A recovery code: 10 letters and digits, usually written as xxxxx-xxxxx. */
export function recoveryCodeValidator(control: AbstractControl<string>): ValidationErrors | null {
  const code = normaliseCode(control.value ?? '');
  if (code === '') return { required: true };
  return /^[0-9a-f]{5}-?[0-9a-f]{5}$/i.test(code) ? null : { pattern: true };
}

/** The API's answer to a wrong code or recovery code (the session itself is still there). */
export function isWrongCode(error: unknown): boolean {
  return (
    error instanceof HttpErrorResponse &&
    isProblemDetails(error.error) &&
    error.error.code === 'invalid_credentials'
  );
}
