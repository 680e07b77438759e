import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TafelStatus } from '@tafel/shared/contracts';
import { TAFEL_STATUS_LABELS } from '../labels/tafel-labels';

/** The status of a tafel as a small labelled chip. Colour only supports the text, never replaces it. */
@Component({
  selector: 'tafel-status-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="chip" [class]="'chip--' + status()">{{ label() }}</span>`,
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
    .chip--scheduled,
    .chip--in_session {
      color: var(--mat-sys-on-primary-container);
      background: var(--mat-sys-primary-container);
    }
    .chip--concluded,
    .chip--minutes_adopted {
      color: var(--mat-sys-on-tertiary-container);
      background: var(--mat-sys-tertiary-container);
    }
    .chip--cancelled,
    .chip--postponed {
      color: var(--mat-sys-on-surface);
      background: var(--mat-sys-surface-container-high);
    }
  `,
})
export class TafelStatusChip {
  readonly status = input.required<TafelStatus>();
  protected readonly label = computed(() => TAFEL_STATUS_LABELS[this.status()]);
}
