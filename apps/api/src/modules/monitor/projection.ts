import { COUNT_METRICS, Norm, ProjectedEvent, SPAN_METRICS, SpanMetric } from './metric-definitions';
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

/**
 * Which spans of its case one event can change in a metric: the span of the subject it starts (a
 * start event), and the spans it can end — those of its own subject, or of every subject of the
 * case when the end need not be about the same one (`'*'`). Empty when it takes no part.
 */
export function spanTouch(
  metric: SpanMetric,
  e: ProjectedEvent,
): { starts: string | null; ends: string | null } {
  const own = metric.per === 'case' ? '' : subjectOf(e, metric.per);
  const starts = metric.start.includes(e.type) && (metric.startsWhen?.test(e) ?? true) ? own : null;
  const ends = !metric.end.includes(e.type)
    ? null
    : metric.per !== 'case' && metric.endSameSubject
      ? own
      : '*';
  return { starts, ends };
}

function cellOf(e: ProjectedEvent): Cell {
  return {
    gemeente: e.gemeente,
    gi: e.giOrganisationId ?? '',
    momentType: momentOf(e),
    month: monthOf(e.occurredAt),
  };
}

export function countDeltas(e: ProjectedEvent): CountDelta[] {
  return COUNT_METRICS.filter((m) => m.event === e.type).flatMap((m) => {
    const bucket = m.bucket(e);
    return bucket === null ? [] : [{ metric: m.id, bucket, ...cellOf(e) }];
  });
}

export function deadline(start: Date, norm: Norm): Date {
  if (norm.kind === 'working_days') return addWorkingDays(start, norm.value);
  if (norm.kind === 'months') return addMonths(start, norm.value);
  return addDays(start, norm.value);
}

const byTime = (a: ProjectedEvent, b: ProjectedEvent) => a.occurredAt.getTime() - b.occurredAt.getTime();

/** The spans of one metric in one case's events (any order). */
export function spansOf(metric: SpanMetric, events: readonly ProjectedEvent[]): Span[] {
  const sorted = [...events].sort(byTime);
  const starts = sorted.filter((e) => metric.start.includes(e.type) && (metric.startsWhen?.test(e) ?? true));
  const ends = sorted.filter((e) => metric.end.includes(e.type));
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

/** A stored span as far as the projection needs it to decide what an event changes. */
export interface StoredSpan {
  metric: string;
  subject: string;
  startAt: Date;
  endAt: Date | null;
}

/**
 * The subjects whose span of one metric an event at `at` changes, given the case's stored spans of
 * that metric: a start without an earlier start of its subject, and every span it touches as an end
 * (started at or before it, not ended before it). Events recorded in time order change little.
 */
export function subjectsToRederive(
  touch: { starts: string | null; ends: string | null },
  spans: readonly StoredSpan[],
  at: Date,
): Set<string> {
  const subjects = new Set<string>();
  const { starts, ends } = touch;
  if (starts !== null && !spans.some((s) => s.subject === starts && s.startAt <= at)) subjects.add(starts);
  if (ends !== null) {
    for (const s of spans) {
      if ((ends === '*' || s.subject === ends) && s.startAt <= at && (s.endAt === null || s.endAt >= at))
        subjects.add(s.subject);
    }
  }
  return subjects;
}

export const allSpansOf = (events: readonly ProjectedEvent[]) =>
  SPAN_METRICS.flatMap((m) => spansOf(m, events));
