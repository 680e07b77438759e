import { COUNT_METRICS, Norm, ProjectedEvent, STOCK_METRICS, SpanMetric } from './metric-definitions';
import { addDays, addMonths, addWorkingDays, daysBetween, monthOf, workingDaysBetween } from './periods';

/**
 * The pure half of the projection: what one event adds to the counts, and which spans a case's
 * events make. The service applies these in the recording transaction; the rebuild applies the
 * same functions to every stored event.
 */

/** Where a figure belongs: the attribution of its (start) event, and the month of that event. */
export interface Cell {
  gemeente: string;
  gi: string;
  momentType: string;
  month: string;
}

export interface CountDelta extends Cell {
  metric: string;
  bucket: string;
  /** What the event adds: 1 for a counted event; a stock's move adds 1 to one phase and −1 to another. */
  n: number;
}

export interface Span extends Cell {
  metric: string;
  subject: string;
  startAt: Date;
  endAt: Date | null;
  /** When the horizon (norm or follow-up window) runs out; null without one. */
  deadlineAt: Date | null;
  /** In the metric's unit (working days when the norm is in working days, else days); null while open. */
  duration: number | null;
}

const momentOf = (e: ProjectedEvent) =>
  typeof e.data['momentType'] === 'string' ? e.data['momentType'] : '';
const subjectOf = (e: ProjectedEvent, field: 'tafelId' | 'handoverId') => {
  const value = e.data[field];
  return typeof value === 'string' ? value : null;
};

function cellOf(e: ProjectedEvent): Cell {
  return {
    gemeente: e.gemeente,
    gi: e.giOrganisationId ?? '',
    momentType: momentOf(e),
    month: monthOf(e.occurredAt),
  };
}

export function countDeltas(e: ProjectedEvent): CountDelta[] {
  const counts = COUNT_METRICS.filter((m) => m.event === e.type).flatMap((m) => {
    const bucket = m.bucket(e);
    return bucket === null ? [] : [{ metric: m.id, bucket, n: 1, ...cellOf(e) }];
  });
  const moves = STOCK_METRICS.filter((m) => m.events.includes(e.type)).flatMap((m) =>
    m.moves(e).map(({ bucket, n }) => ({
      metric: m.id,
      bucket,
      n,
      ...cellOf(e),
      gi: '',
      momentType: '',
    })),
  );
  return [...counts, ...moves];
}

export function deadline(start: Date, norm: Norm): Date {
  if (norm.kind === 'working_days') return addWorkingDays(start, norm.value);
  if (norm.kind === 'months') return addMonths(start, norm.value);
  return addDays(start, norm.value);
}

const byTime = (a: ProjectedEvent, b: ProjectedEvent) => a.occurredAt.getTime() - b.occurredAt.getTime();

/**
 * The spans of one metric in one case's events (any order; of the same instant, the first given counts
 * first: the service gives them in the order recorded).
 */
export function spansOf(metric: SpanMetric, events: readonly ProjectedEvent[]): Span[] {
  const sorted = [...events].sort(byTime);
  const starts = sorted.filter((e) => metric.start.includes(e.type) && (metric.startsWhen?.test(e) ?? true));
  const ends = sorted.filter((e) => metric.end.includes(e.type) && (metric.endsWhen?.test(e) ?? true));
  const firstStart = new Map<string, ProjectedEvent>();
  for (const e of starts) {
    const subject = metric.per === 'case' ? '' : subjectOf(e, metric.per);
    if (subject !== null && !firstStart.has(subject)) firstStart.set(subject, e);
  }
  return [...firstStart].map(([subject, start]) => {
    const end = ends.find(
      (e) =>
        e.occurredAt >= start.occurredAt &&
        (metric.per === 'case' || !metric.endSameSubject || subjectOf(e, metric.per) === subject),
    );
    const endAt = end?.occurredAt ?? null;
    const unitWorkingDays = metric.horizon?.kind === 'working_days';
    return {
      metric: metric.id,
      subject,
      ...cellOf(start),
      gi: start.giOrganisationId ?? end?.giOrganisationId ?? '',
      startAt: start.occurredAt,
      endAt,
      deadlineAt: metric.horizon ? deadline(start.occurredAt, metric.horizon) : null,
      duration: endAt
        ? unitWorkingDays
          ? workingDaysBetween(start.occurredAt, endAt)
          : daysBetween(start.occurredAt, endAt)
        : null,
    };
  });
}

/** The spans of every span metric (with the norms in force: `MonitorMetrics.spans`) in one case's events. */
export const allSpansOf = (metrics: readonly SpanMetric[], events: readonly ProjectedEvent[]) =>
  metrics.flatMap((m) => spansOf(m, events));
