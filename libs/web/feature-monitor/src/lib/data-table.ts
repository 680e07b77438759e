import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** One row of a figure's table: its header cells (area, part, …), then one cell per column. */
export interface DataRow {
  key: string;
  heads: readonly string[];
  cells: readonly DataCell[];
}

/** A shown figure as text (`shownText`: "<5" stays "<5"), with an optional second line (a duration's count and P90). */
export interface DataCell {
  value: string;
  detail?: string;
}

/**
 * The accessible table beside a chart: a scrollable region (focusable, so a keyboard can scroll it on a
 * phone) named by its section's heading or by its caption, with row headers for the areas and parts.
 */
@Component({
  selector: 'tafel-monitor-data-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="table-wrap"
      tabindex="0"
      role="region"
      [attr.aria-labelledby]="labelledBy() || null"
      [attr.aria-label]="labelledBy() ? null : caption()"
    >
      <table>
        @if (caption()) {
          <caption>
            {{
              caption()
            }}
          </caption>
        }
        <thead>
          <tr>
            @for (column of columns(); track $index) {
              <th scope="col">{{ column }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.key) {
            <tr>
              @for (head of row.heads; track $index) {
                <th scope="row">{{ head }}</th>
              }
              @for (cell of row.cells; track $index) {
                <td>
                  {{ cell.value }}
                  @if (cell.detail) {
                    <span class="sub">{{ cell.detail }}</span>
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .table-wrap {
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
    .sub {
      display: block;
      font-size: 0.8em;
    }
  `,
})
export class DataTable {
  /** The column headers, row-header columns first. */
  readonly columns = input.required<readonly string[]>();
  readonly rows = input.required<readonly DataRow[]>();
  readonly caption = input('');
  /** The id of the heading that names the table's region; without it the caption names it. */
  readonly labelledBy = input('');
}
