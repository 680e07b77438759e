import { DOCUMENT, inject, Injectable } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';

/** sessionStorage key of the drafts: one per page (route), kept across a forced re-login. */
export const DRAFTS_KEY = 'tafel.drafts';
/** How long a restored page may take to show its fields before the draft is given up. */
const RESTORE_WAIT_MS = 10_000;

type Draft = Record<string, string>;
type Field = HTMLInputElement | HTMLTextAreaElement;

/** Fields worth keeping: what a person typed, never a password, a code or a file. */
const SELECTOR =
  'textarea, input:not([type]), input[type=text], input[type=email], input[type=search], input[type=tel], input[type=number], input[type=date]';
const SKIPPED = /password|code|token/i;

/**
 * Unsent form input survives a session that ends: before the login page takes over, the text in the
 * page's fields is kept in sessionStorage under the page's URL; when the user is back on that page
 * after signing in, the fields get it again (and the forms hear it as input). A draft is used once
 * and lives only in this browser tab.
 */
@Injectable({ providedIn: 'root' })
export class FormDrafts {
  private readonly document = inject(DOCUMENT);

  constructor() {
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe((event) => this.restore(event.urlAfterRedirects));
  }

  /** Keeps what the current page's fields hold, for `url`. */
  keep(url: string): void {
    const draft: Draft = {};
    this.fields().forEach(([key, field]) => {
      if (field.value.trim() !== '') draft[key] = field.value;
    });
    const all = this.read();
    if (Object.keys(draft).length === 0) delete all[url];
    else all[url] = draft;
    this.write(all);
  }

  /** Puts a kept draft of `url` back into the page's fields once they are there, then forgets it. */
  restore(url: string): void {
    const all = this.read();
    const draft = all[url];
    if (!draft) return;
    delete all[url];
    this.write(all);
    const view = this.document.defaultView;
    if (!view) return;
    const fill = (): boolean => {
      const fields = this.fields().filter(([key]) => key in draft);
      if (fields.length === 0) return false;
      for (const [key, field] of fields) {
        field.value = draft[key];
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }
      return true;
    };
    if (fill()) return;
    const observer = new MutationObserver(() => {
      if (fill()) stop();
    });
    const timer = view.setTimeout(() => stop(), RESTORE_WAIT_MS);
    const stop = () => {
      observer.disconnect();
      view.clearTimeout(timer);
    };
    observer.observe(this.document.body, { childList: true, subtree: true });
  }

  /** The page's fields with a key that finds them again: form control name (or name, id) and position. */
  private fields(): [string, Field][] {
    const seen = new Map<string, number>();
    return Array.from(this.document.querySelectorAll<Field>(SELECTOR)).flatMap((field) => {
      const name =
        field.getAttribute('formcontrolname') ?? field.getAttribute('name') ?? field.getAttribute('id');
      if (!name || SKIPPED.test(name) || field.readOnly || field.disabled) return [];
      const n = seen.get(name) ?? 0;
      seen.set(name, n + 1);
      return [[`${name}#${n}`, field] as [string, Field]];
    });
  }

  private read(): Record<string, Draft> {
    try {
      return JSON.parse(this.document.defaultView?.sessionStorage.getItem(DRAFTS_KEY) ?? '{}') as Record<
        string,
        Draft
      >;
    } catch {
      return {};
    }
  }

  private write(all: Record<string, Draft>): void {
    const storage = this.document.defaultView?.sessionStorage;
    if (!storage) return;
    if (Object.keys(all).length === 0) storage.removeItem(DRAFTS_KEY);
    else storage.setItem(DRAFTS_KEY, JSON.stringify(all));
  }
}
