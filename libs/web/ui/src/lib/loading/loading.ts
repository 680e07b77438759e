import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, OnInit, signal } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { PROGRESS_DELAY_MS } from './progress-delay';

/**
 * "… wordt geladen": the wait message of a page or section, announced politely, with a moving
 * progress bar once the wait lasts longer than `delay` milliseconds. The text is the content:
 * `<tafel-loading i18n="@@x.loading">De tafels worden geladen…</tafel-loading>`.
 */
@Component({
  selector: 'tafel-loading',
  imports: [MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'status', 'aria-live': 'polite' },
  template: `
    <div class="bar">
      @if (visible()) {
        <mat-progress-bar mode="indeterminate" aria-hidden="true" />
      }
    </div>
    <p class="text"><ng-content /></p>
  `,
  styles: `
    :host {
      display: block;
    }
    .bar {
      height: 4px;
      max-width: 24rem;
    }
    .text {
      margin: 0.5rem 0;
    }
  `,
})
export class Loading implements OnInit {
  readonly delay = input(PROGRESS_DELAY_MS);
  protected readonly visible = signal(false);
  private readonly destroyRef = inject(DestroyRef);

  ngOnInit(): void {
    const timer = setTimeout(() => this.visible.set(true), this.delay());
    this.destroyRef.onDestroy(() => clearTimeout(timer));
  }
}
