import { Provider } from '@angular/core';
import { ErrorStateMatcher, ShowOnDirtyErrorStateMatcher } from '@angular/material/core';

/**
 * When a field shows its error: once the person typed in it (or chose something), or tried to send
 * the form — not when they merely tab through an empty field. Provided once, for the whole app.
 */
export const formErrorsProvider: Provider = {
  provide: ErrorStateMatcher,
  useClass: ShowOnDirtyErrorStateMatcher,
};
