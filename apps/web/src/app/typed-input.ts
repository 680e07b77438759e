import { afterNextRender, ApplicationRef } from '@angular/core';

/** A field of a page, the same in the prerendered HTML and in the app: its form control's name, or its name. */
const FIELDS = 'tafel-root input[formcontrolname], tafel-root input[name], tafel-root select[name]';
const FORMS = 'tafel-root form';
const key = (field: Element) => field.getAttribute('formcontrolname') ?? field.getAttribute('name') ?? '';

/**
 * A prerendered page (app.routes.server.ts) shows its form before the app has started, and the app then
 * takes it over: it hydrates the same fields, whose form controls start empty and clear them (a page it
 * renders afresh puts its own fields in their place). What the visitor typed or chose meanwhile, and where
 * the cursor was, is put back into the app's fields (an `input` event, `change` for a select, so the form
 * control or the page hears of it); a form sent meanwhile (Enter, "Inloggen") is held — neither sent
 * natively nor heard by the app — and sent by the app once the typed input is back. That includes a form
 * sent in the app's own page in the moment between its first render and the carrying over, which would
 * otherwise go out without what was typed before. Call before bootstrapping; hand the result the started
 * app.
 */
export function keepTypedInput(document: Document): (app: ApplicationRef) => void {
  const typed = new Map<string, string>();
  let focused: string | null = null;
  let submitted = -1;
  const fields = () => Array.from(document.querySelectorAll<HTMLInputElement | HTMLSelectElement>(FIELDS));
  const note = () => {
    for (const field of fields()) {
      if (field.value) typed.set(key(field), field.value);
      if (field === document.activeElement) focused = key(field);
    }
  };
  const hold = (event: Event) => {
    const forms = Array.from(document.querySelectorAll(FORMS));
    if (!(event.target instanceof HTMLFormElement) || !forms.includes(event.target)) return;
    event.preventDefault();
    event.stopPropagation();
    submitted = forms.indexOf(event.target);
  };
  note();
  document.addEventListener('input', note, true);
  document.addEventListener('focusin', note, true);
  document.addEventListener('submit', hold, true);
  return (app) => {
    afterNextRender(
      () => {
        document.removeEventListener('input', note, true);
        document.removeEventListener('focusin', note, true);
        document.removeEventListener('submit', hold, true);
        for (const field of fields()) {
          const value = typed.get(key(field));
          if (value && !field.value) {
            field.value = value;
            field.dispatchEvent(
              new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
            );
          }
          if (key(field) === focused) field.focus();
        }
        if (submitted >= 0) document.querySelectorAll<HTMLFormElement>(FORMS)[submitted]?.requestSubmit();
      },
      { injector: app.injector },
    );
  };
}
