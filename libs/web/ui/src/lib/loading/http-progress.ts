import { ChangeDetectionStrategy, Component, effect, input, signal } from '@angular/core';
import { PROGRESS_DELAY_MS } from './progress-delay';

/**
 * The one progress bar at the top of the window while the app waits for the API: it appears only
 * when a load or save takes longer than PROGRESS_DELAY_MS, so quick answers do not flicker. Plain CSS
 * (like the frame in index.html), so the shell's first load carries no Material progress bar.
 */
@Component({
  selector: 'tafel-http-progress',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (visible()) {
      <div class="bar" role="progressbar" i18n-aria-label="@@progress.label" aria-label="Bezig…"></div>
    }
  `,
  styles: `
    :host {
      position: fixed;
      inset: 0 0 auto 0;
      z-index: 1100;
      height: 4px;
      overflow: hidden;
      pointer-events: none;
    }
    .bar {
      height: 100%;
    }
    .bar::after {
      content: '';
      display: block;
      width: 30%;
      height: 100%;
      background: var(--mat-sys-primary);
      animation: tafel-progress-move 1.2s ease-in-out infinite;
    }
    @keyframes tafel-progress-move {
      from {
        transform: translateX(-100%);
      }
      to {
        transform: translateX(340%);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .bar::after {
        width: 100%;
        animation: none;
      }
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
