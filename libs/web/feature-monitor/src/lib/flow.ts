import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MetricTable } from '@tafel/shared/contracts';
import { lastCell, partLabel } from './figures';

/** Instroom → doorstroom → uitstroom of one area in the last period, each as a table. */
@Component({
  selector: 'tafel-monitor-flow',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="flow">
      @for (step of steps(); track step.id) {
        <li>
          <table>
            <caption>
              {{
                step.label
              }}
              ({{
                period()
              }})
            </caption>
            <thead>
              <tr>
                <th scope="col" i18n="@@monitor.part">Deel</th>
                <th scope="col" i18n="@@monitor.count">Aantal</th>
              </tr>
            </thead>
            <tbody>
              @for (row of step.rows; track row.part) {
                <tr>
                  <th scope="row">{{ row.part }}</th>
                  <td>{{ row.n }}</td>
                </tr>
              }
            </tbody>
          </table>
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
      overflow-x: auto;
    }
    caption {
      font-weight: 600;
      text-align: left;
    }
    table {
      border-collapse: collapse;
    }
    th,
    td {
      border: 1px solid #767676;
      padding: 0.25rem 0.5rem;
      text-align: right;
    }
    th[scope='row'] {
      text-align: left;
    }
  `,
})
export class Flow {
  /** Inflow, transitions and outflow, by bucket. */
  readonly tables = input.required<readonly MetricTable[]>();
  readonly area = input.required<string>();

  protected readonly period = computed(() => this.tables()[0]?.periods.at(-1) ?? '');
  protected readonly steps = computed(() =>
    this.tables().map((t) => ({
      id: t.id,
      label: t.label.nl,
      rows: t.rows
        .filter((r) => r.area === this.area())
        .map((r) => ({
          part: r.breakdown === 'total' ? $localize`:@@monitor.total:Totaal` : partLabel(r.breakdown),
          n: lastCell(r)?.n ?? '–',
        })),
    })),
  );
}
