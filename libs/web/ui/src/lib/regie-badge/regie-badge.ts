import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RegieMode } from '@tafel/shared/contracts';
import { REGIE_LABELS } from '../labels/phase-labels';

/** Who holds regie over the family's plan: the family itself, or a professional. */
@Component({
  selector: 'tafel-regie-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" [class.badge--family]="mode() === 'family'">{{ label() }}</span>`,
  styles: `
    .badge {
      display: inline-block;
      padding: 0.125rem 0.625rem;
      border-radius: 0.25rem;
      border: 1px solid var(--mat-sys-outline);
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface);
      background: var(--mat-sys-surface-container-high);
    }
    .badge--family {
      color: var(--mat-sys-on-primary-container);
      background: var(--mat-sys-primary-container);
    }
  `,
})
export class RegieBadge {
  readonly mode = input.required<RegieMode>();
  protected readonly label = computed(() => REGIE_LABELS[this.mode()]);
}
