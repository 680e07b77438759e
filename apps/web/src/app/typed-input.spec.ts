import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { keepTypedInput } from './typed-input';

describe('keepTypedInput', () => {
  const page = () => {
    document.body.innerHTML =
      '<tafel-root><form><input formcontrolname="email" /><input name="q" /></form></tafel-root>';
    const [email, search] = Array.from(document.querySelectorAll('input'));
    return { email, search, form: document.querySelector('form') as HTMLFormElement };
  };

  it("carries what was typed, the cursor and a held submit into the app's own fields", () => {
    const prerendered = page();
    const restore = keepTypedInput(document);
    prerendered.email.value = 'ouder@tafel.example';
    prerendered.email.dispatchEvent(new Event('input', { bubbles: true }));
    prerendered.search.focus();
    const early = new Event('submit', { bubbles: true, cancelable: true });
    prerendered.form.dispatchEvent(early);
    expect(early.defaultPrevented).toBe(true);

    // The app replaces the frame with its own fields.
    const app = page();
    const heard = jest.fn();
    app.email.addEventListener('input', heard);
    const sent = jest.fn((event: Event) => event.preventDefault());
    app.form.addEventListener('submit', sent);
    restore(TestBed.inject(ApplicationRef));
    TestBed.tick();

    expect(app.email.value).toBe('ouder@tafel.example');
    expect(heard).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(app.search);
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it('carries a choice made in a prerendered select into the app, as a change the page hears', () => {
    const frame = () => {
      document.body.innerHTML =
        '<tafel-root><select name="gemeente"><option value="">Alle</option><option>Borne</option></select></tafel-root>';
      return document.querySelector('select') as HTMLSelectElement;
    };
    const prerendered = frame();
    const restore = keepTypedInput(document);
    prerendered.value = 'Borne';
    prerendered.dispatchEvent(new Event('input', { bubbles: true }));

    const app = frame();
    const heard = jest.fn();
    app.addEventListener('change', heard);
    restore(TestBed.inject(ApplicationRef));
    TestBed.tick();

    expect(app.value).toBe('Borne');
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('puts back what was typed when the app hydrates the same fields and its empty form controls clear them', () => {
    const { email, search } = page();
    const restore = keepTypedInput(document);
    email.value = 'ouder@tafel.example';
    email.dispatchEvent(new Event('input', { bubbles: true }));
    search.focus();

    // Hydration keeps the elements; the form control, still empty, writes '' into its field.
    email.value = '';
    const heard = jest.fn();
    email.addEventListener('input', heard);
    restore(TestBed.inject(ApplicationRef));
    TestBed.tick();

    expect(email.value).toBe('ouder@tafel.example');
    expect(heard).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(search);
  });

  it("holds a form sent in the app's page before the typed input is back, and sends it once with it", () => {
    const prerendered = page();
    const restore = keepTypedInput(document);
    prerendered.email.value = 'ouder@tafel.example';
    prerendered.email.dispatchEvent(new Event('input', { bubbles: true }));

    // The app has rendered its own page, but has not carried the typed input over yet.
    const app = page();
    const sent = jest.fn((event: Event) => {
      event.preventDefault();
      return app.email.value;
    });
    app.form.addEventListener('submit', sent);
    const early = new Event('submit', { bubbles: true, cancelable: true });
    app.form.dispatchEvent(early);
    expect(sent).not.toHaveBeenCalled();

    restore(TestBed.inject(ApplicationRef));
    TestBed.tick();
    expect(sent).toHaveBeenCalledTimes(1);
    expect(sent).toHaveReturnedWith('ouder@tafel.example');
  });
});
