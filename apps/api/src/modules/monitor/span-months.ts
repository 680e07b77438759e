import { EntityManager } from 'typeorm';

/** The key of a kept row of `monitor_span_month`: a span's metric and cell. */
export interface SpanMonthKey {
  metric: string;
  gemeente: string;
  gi: string;
  momentType: string;
  /** The month's first day, `YYYY-MM-DD`. */
  month: string;
}

/** A span as far as its kept row is concerned (`Span`, or a row of `monitor_span` read back). */
export interface KeptSpan extends SpanMonthKey {
  endAt: Date | null;
  deadlineAt: Date | null;
  duration: number | null;
}

const keyOf = (k: SpanMonthKey) => `${k.metric}|${k.month}|${k.gemeente}|${k.gi}|${k.momentType}`;

/** What an ended span adds to its key's row (its bucket and duration); an open span adds nothing. */
function partOf(s: KeptSpan): string | null {
  if (s.endAt === null) return null;
  const bucket =
    s.deadlineAt === null ? 'ended' : s.endAt.getTime() <= s.deadlineAt.getTime() ? 'within' : 'beyond';
  return `${bucket}|${s.duration}`;
}

/**
 * The keys whose kept rows differ between the spans removed and the ones added in their place: most
 * events re-derive a case's spans unchanged (a span that was open stays open, an ended one keeps its end),
 * and only a key whose ended spans changed needs its row written again.
 */
export function changedKeys(removed: readonly KeptSpan[], added: readonly KeptSpan[]): SpanMonthKey[] {
  const parts = new Map<string, { key: SpanMonthKey; n: Map<string, number> }>();
  const count = (s: KeptSpan, by: number) => {
    const part = partOf(s);
    if (part === null) return;
    const key = keyOf(s);
    let entry = parts.get(key);
    if (!entry) parts.set(key, (entry = { key: s, n: new Map() }));
    entry.n.set(part, (entry.n.get(part) ?? 0) + by);
  };
  removed.forEach((s) => count(s, -1));
  added.forEach((s) => count(s, 1));
  return [...parts.values()].filter((e) => [...e.n.values()].some((n) => n !== 0)).map((e) => e.key);
}

/** The ended spans matched by `where` (over `monitor_span s`), summed per key as `monitor_span_month` keeps them. */
const endedSpansBy = (where: string) => `
  INSERT INTO monitor_span_month (metric, month, gemeente, gi, moment_type, within, beyond, ended, durations)
  SELECT s.metric, s.month, s.gemeente, s.gi, s.moment_type,
         count(*) FILTER (WHERE s.deadline_at IS NOT NULL AND s.end_at <= s.deadline_at)::int,
         count(*) FILTER (WHERE s.deadline_at IS NOT NULL AND s.end_at > s.deadline_at)::int,
         count(*) FILTER (WHERE s.deadline_at IS NULL)::int,
         COALESCE(string_agg(float8send(s.duration::float8), ''::bytea ORDER BY s.duration::float8) FILTER (WHERE s.duration IS NOT NULL), ''::bytea)
    FROM monitor_span s
   WHERE s.end_at IS NOT NULL AND ${where}
   GROUP BY s.metric, s.month, s.gemeente, s.gi, s.moment_type`;

const KEYS = `unnest($1::text[], $2::date[], $3::text[], $4::text[], $5::text[])`;

/** The transaction-scoped advisory lock of writing kept rows (two keys: apart from the cases' one-key locks). */
const KEPT_ROWS_LOCK = 'SELECT pg_advisory_xact_lock(13, 1)';

/**
 * Writes the kept rows of these keys again from their spans as they are now (after a batch of cases'
 * spans was replaced: `changedKeys`). One writer at a time (KEPT_ROWS_LOCK, held to the commit): another
 * instance's batch waits, and then reads the spans this one committed, so two batches touching the same
 * key cannot leave it with only one's spans.
 */
export async function refreshSpanMonths(
  manager: EntityManager,
  keys: readonly SpanMonthKey[],
): Promise<void> {
  const unique = [...new Map(keys.map((k) => [keyOf(k), k])).values()];
  if (unique.length === 0) return;
  const params = [
    unique.map((k) => k.metric),
    unique.map((k) => k.month),
    unique.map((k) => k.gemeente),
    unique.map((k) => k.gi),
    unique.map((k) => k.momentType),
  ];
  await manager.query(KEPT_ROWS_LOCK);
  await manager.query(
    `DELETE FROM monitor_span_month m USING ${KEYS} AS k(metric, month, gemeente, gi, moment_type)
      WHERE (m.metric, m.month, m.gemeente, m.gi, m.moment_type) = (k.metric, k.month, k.gemeente, k.gi, k.moment_type)`,
    params,
  );
  await manager.query(
    endedSpansBy(`(s.metric, s.month, s.gemeente, s.gi, s.moment_type) IN (SELECT * FROM ${KEYS})`),
    params,
  );
}

/** Writes every kept row from all spans (the rebuild, after it emptied the table). */
export const refreshAllSpanMonths = (manager: EntityManager) => manager.query(endedSpansBy('true'));
