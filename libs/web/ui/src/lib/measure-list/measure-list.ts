import { ChangeDetectionStrategy, Component, computed, inject, input, LOCALE_ID } from '@angular/core';
import { CaseMember, Measure } from '@tafel/shared/contracts';
import { toIsoDate } from '@tafel/shared/util';
import { formatDate } from '../dates/amsterdam-time';
import { END_REASON_LABELS, MEASURE_TYPE_LABELS } from '../labels/measure-labels';

const DAY_MS = 86_400_000;

/** Days from one ISO date to another (negative: already past). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The court measures of a family, running first: type, child, GI (and jeugdbeschermer), court date,
 * start, end and how long until it ends; an ended measure with its end date and reason.
 */
@Component({
  selector: 'tafel-measure-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './measure-list.html',
  styleUrl: './measure-list.scss',
})
export class MeasureList {
  readonly measures = input.required<readonly Measure[]>();
  /** The family's members: the child's name. */
  readonly members = input.required<readonly CaseMember[]>();
  /** Today (YYYY-MM-DD): how long a running measure still lasts. */
  readonly today = input(toIsoDate(new Date()));

  private readonly locale = inject(LOCALE_ID);
  protected readonly typeLabels = MEASURE_TYPE_LABELS;
  protected readonly endReasonLabels = END_REASON_LABELS;

  protected readonly rows = computed(() => {
    const names = new Map(this.members().map((m) => [m.id, `${m.firstName} ${m.lastName}`]));
    const today = this.today();
    return [...this.measures()]
      .sort((a, b) => Number(a.endedOn !== null) - Number(b.endedOn !== null))
      .map((m) => {
        const left = m.endsOn && !m.endedOn ? daysBetween(today, m.endsOn) : null;
        return {
          measure: m,
          child: names.get(m.memberId) ?? '',
          courtDate: this.date(m.courtDate),
          startsOn: this.date(m.startsOn),
          endsOn: m.endsOn ? this.date(m.endsOn) : null,
          endedOn: m.endedOn ? this.date(m.endedOn) : null,
          daysLeft: left !== null && left >= 0 && left < 60 ? left : null,
          monthsLeft: left !== null && left >= 60 ? Math.floor(left / 30.4) : null,
          overdue: left !== null && left < 0,
        };
      });
  });

  private date(value: string): string {
    return formatDate(this.locale, value);
  }
}
