import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ChainPhase } from '@tafel/shared/contracts';
import { PHASE_LABELS } from '../labels/phase-labels';

/** The chain phase of a case as a small labelled chip. Colour only supports the text, never replaces it. */
@Component({
  selector: 'tafel-phase-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="chip" [class]="'chip--' + phase()">{{ label() }}</span>`,
  styles: `
    .chip {
      display: inline-block;
      padding: 0.125rem 0.625rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 1rem;
      font: var(--mat-sys-label-large);
      white-space: nowrap;
      color: var(--mat-sys-on-secondary-container);
      background: var(--mat-sys-secondary-container);
    }
    .chip--drang,
    .chip--investigation {
      color: var(--mat-sys-on-tertiary-container);
      background: var(--mat-sys-tertiary-container);
    }
    .chip--measure {
      color: var(--mat-sys-on-primary-container);
      background: var(--mat-sys-primary-container);
    }
    .chip--step_down,
    .chip--closed {
      color: var(--mat-sys-on-surface);
      background: var(--mat-sys-surface-container-high);
    }
  `,
})
export class PhaseChip {
  readonly phase = input.required<ChainPhase>();
  protected readonly label = computed(() => PHASE_LABELS[this.phase()]);
}
