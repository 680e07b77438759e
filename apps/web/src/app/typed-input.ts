import { afterNextRender, ApplicationRef } from '@angular/core';

/** A field of a page, the same in the prerendered HTML and in the app: its form control's name. */
const FIELDS = 'tafel-root input[formcontrolname]';
const key = (field: Element) => field.getAttribute('formcontrolname') ?? '';

/**
 * A prerendered page (app.routes.server.ts) shows its form before the app has started, and the app then
 * replaces it: what the visitor typed into it meanwhile, and where the cursor was, is carried over into
 * the app's own fields (an `input` event, so the form control hears of it). Call before bootstrapping;
 * hand the result the started app.
 */
export function keepTypedInput(document: Document): (app: ApplicationRef) => void {
  const typed = new Map<string, string>();
  let focused: string | null = null;
  const note = () => {
    for (const field of Array.from(document.querySelectorAll<HTMLInputElement>(FIELDS))) {
      if (field.value) typed.set(key(field), field.value);
      if (field === document.activeElement) focused = key(field);
    }
  };
  note();
  document.addEventListener('input', note, true);
  document.addEventListener('focusin', note, true);
  return (app) => {
    document.removeEventListener('input', note, true);
    document.removeEventListener('focusin', note, true);
    afterNextRender(
      () => {
        for (const field of Array.from(document.querySelectorAll<HTMLInputElement>(FIELDS))) {
          const value = typed.get(key(field));
          if (value && !field.value) {
            field.value = value;
            field.dispatchEvent(new Event('input', { bubbles: true }));
          }
          if (key(field) === focused) field.focus();
        }
      },
      { injector: app.injector },
    );
  };
}
