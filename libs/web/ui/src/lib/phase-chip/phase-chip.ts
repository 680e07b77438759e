import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ChainPhase } from '@tafel/shared/contracts';
import { Chip, ChipTone } from '../chip/chip';
import { PHASE_LABELS } from '../labels/phase-labels';

const TONES: Record<ChainPhase, ChipTone> = {
  signal: 'neutral',
  toeleiding: 'neutral',
  drang: 'tertiary',
  investigation: 'tertiary',
  measure: 'primary',
  step_down: 'quiet',
  closed: 'quiet',
};

/** The chain phase of a case as a chip. */
@Component({
  selector: 'tafel-phase-chip',
  imports: [Chip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<tafel-chip [tone]="tone()">{{ label() }}</tafel-chip>`,
})
export class PhaseChip {
  readonly phase = input.required<ChainPhase>();
  protected readonly label = computed(() => PHASE_LABELS[this.phase()]);
  protected readonly tone = computed(() => TONES[this.phase()]);
}
