import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** How a chip is coloured; the colour only supports its text, never replaces it. */
export type ChipTone = 'neutral' | 'primary' | 'tertiary' | 'quiet';

/** A small labelled chip (a phase, a status): the one look for them all. */
@Component({
  selector: 'tafel-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="chip" [class]="'chip--' + tone()"><ng-content /></span>`,
  styles: `
    .chip {
      display: inline-block;
      padding: 0.125rem 0.625rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 1rem;
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }
    .chip--neutral {
      color: var(--mat-sys-on-secondary-container);
      background: var(--mat-sys-secondary-container);
    }
    .chip--primary {
      color: var(--mat-sys-on-primary-container);
      background: var(--mat-sys-primary-container);
    }
    .chip--tertiary {
      color: var(--mat-sys-on-tertiary-container);
      background: var(--mat-sys-tertiary-container);
    }
    .chip--quiet {
      color: var(--mat-sys-on-surface);
      background: var(--mat-sys-surface-container-high);
    }
  `,
})
export class Chip {
  readonly tone = input<ChipTone>('neutral');
}
