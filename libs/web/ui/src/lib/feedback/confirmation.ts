import { inject, Injectable } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';

/** How long a confirmation stays: long enough to read two lines (WCAG 2.2.1 asks for enough time). */
export const CONFIRMATION_MS = 6000;

/**
 * "Opgeslagen": the one way to say that a save worked, in words that name what happened
 * ("De tafel is gepland op …"). A polite announcement for screen readers, with a close button.
 */
@Injectable({ providedIn: 'root' })
export class Confirmation {
  private readonly snackBar = inject(MatSnackBar);

  show(message: string): void {
    this.snackBar.open(message, $localize`:@@snackbar.close:Sluiten`, {
      duration: CONFIRMATION_MS,
      politeness: 'polite',
    });
  }

  /** Takes the last confirmation away: the next form is started, or a form shows an error. */
  dismiss(): void {
    this.snackBar.dismiss();
  }
}
