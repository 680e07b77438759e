import { ChangeDetectionStrategy, Component, computed, inject, input, LOCALE_ID } from '@angular/core';
import { MetricTable } from '@tafel/shared/contracts';
import { DataTable } from './data-table';
import { areaRows, columnLabel, periodLabel } from './figures';

/** Instroom → doorstroom → uitstroom of one area in the last period, each as a table. */
@Component({
  selector: 'tafel-monitor-flow',
  imports: [DataTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="flow">
      @for (step of steps(); track step.id) {
        <li>
          <tafel-monitor-data-table [caption]="step.caption" [columns]="columns" [rows]="step.rows" />
        </li>
      }
    </ol>
  `,
  styles: `
    .flow {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr));
      gap: 1rem;
      list-style: none;
      padding: 0;
    }
    li {
      min-width: 0;
    }
  `,
})
export class Flow {
  /** Inflow, transitions and outflow, by bucket. */
  readonly tables = input.required<readonly MetricTable[]>();
  readonly area = input.required<string>();
  private readonly locale = inject(LOCALE_ID);

  protected readonly columns = [columnLabel.part(), columnLabel.count()];
  protected readonly steps = computed(() => {
    const period = this.tables()[0]?.periods.at(-1);
    const when = period ? ` (${periodLabel(this.locale, period, true)})` : '';
    return this.tables().map((t) => ({
      id: t.id,
      caption: `${t.label.nl}${when}`,
      rows: areaRows(t, this.area(), this.locale, true),
    }));
  });
}
