import { ChangeDetectionStrategy, Component, effect, input, signal } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { PROGRESS_DELAY_MS } from './loading';

/**
 * The one progress bar at the top of the window while the app waits for the API: it appears only
 * when a load or save takes longer than PROGRESS_DELAY_MS, so quick answers do not flicker.
 */
@Component({
  selector: 'tafel-http-progress',
  imports: [MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (visible()) {
      <mat-progress-bar mode="indeterminate" i18n-aria-label="@@progress.label" aria-label="Bezig…" />
    }
  `,
  styles: `
    :host {
      position: fixed;
      inset: 0 0 auto 0;
      z-index: 1100;
      height: 4px;
      pointer-events: none;
    }
  `,
})
export class HttpProgress {
  readonly active = input.required<boolean>();
  protected readonly visible = signal(false);

  constructor() {
    effect((onCleanup) => {
      if (!this.active()) {
        this.visible.set(false);
        return;
      }
      const timer = setTimeout(() => this.visible.set(true), PROGRESS_DELAY_MS);
      onCleanup(() => clearTimeout(timer));
    });
  }
}
