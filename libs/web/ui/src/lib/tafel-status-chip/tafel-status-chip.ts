import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TafelStatus } from '@tafel/shared/contracts';
import { Chip, ChipTone } from '../chip/chip';
import { TAFEL_STATUS_LABELS } from '../labels/tafel-labels';

const TONES: Record<TafelStatus, ChipTone> = {
  requested: 'neutral',
  scheduled: 'primary',
  in_session: 'primary',
  concluded: 'tertiary',
  minutes_adopted: 'tertiary',
  postponed: 'quiet',
  cancelled: 'quiet',
};

/** The status of a tafel as a chip. */
@Component({
  selector: 'tafel-status-chip',
  imports: [Chip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<tafel-chip [tone]="tone()">{{ label() }}</tafel-chip>`,
})
export class TafelStatusChip {
  readonly status = input.required<TafelStatus>();
  protected readonly label = computed(() => TAFEL_STATUS_LABELS[this.status()]);
  protected readonly tone = computed(() => TONES[this.status()]);
}
