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

/**
 * Writes the kept rows of these keys again from their spans as they are now (after a batch of cases'
 * spans was replaced: the keys of the spans removed and of the ones added). One writer at a time (a
 * transaction-scoped lock, held to its commit): another instance's batch waits, and then reads the spans
 * this one committed, so two batches touching the same key cannot leave it with only one's spans.
 */
export async function refreshSpanMonths(
  manager: EntityManager,
  keys: readonly SpanMonthKey[],
): Promise<void> {
  const unique = [
    ...new Map(keys.map((k) => [`${k.metric}|${k.month}|${k.gemeente}|${k.gi}|${k.momentType}`, k])).values(),
  ];
  if (unique.length === 0) return;
  const params = [
    unique.map((k) => k.metric),
    unique.map((k) => k.month),
    unique.map((k) => k.gemeente),
    unique.map((k) => k.gi),
    unique.map((k) => k.momentType),
  ];
  await manager.query('SELECT pg_advisory_xact_lock(13, 1)');
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
