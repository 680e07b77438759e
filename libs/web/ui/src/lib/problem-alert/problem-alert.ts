import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * Where a form says why something failed. The live region is always there, so that a screen reader
 * announces the message when it appears.
 */
@Component({
  selector: 'tafel-problem-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="alert">
      @if (message(); as text) {
        <p class="error">{{ text }}</p>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .error {
      margin: 0;
      padding: 0.75rem 1rem;
      border-radius: 0.5rem;
      color: var(--mat-sys-on-error-container);
      background: var(--mat-sys-error-container);
    }
  `,
})
export class ProblemAlert {
  readonly message = input<string | null>(null);
}
