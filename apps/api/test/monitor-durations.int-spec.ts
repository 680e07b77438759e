import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { createDataSource } from '../src/database/data-source';
import {
  SPAN_ROWS_SQL,
  SpanRow,
  durationStats,
  monthDurations,
  spanCounts,
} from '../src/modules/monitor/durations';
import { RawCount } from '../src/modules/monitor/grid';
import { refreshSpanMonths } from '../src/modules/monitor/span-months';
import { testDatabaseUrl } from '@tafel/api/testing';

/** PostgreSQL's own percentile_cont over the same spans, per area and month, quarter and year (the oracle). */
const PERCENTILE_CONT = `SELECT COALESCE(gemeente, 'regio') || '|' || COALESCE(m, q, y) AS key, count(*)::int AS n,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY duration::float8) AS median,
    percentile_cont(0.9) WITHIN GROUP (ORDER BY duration::float8) AS p90
  FROM (SELECT gemeente, duration, to_char(month, 'YYYY-MM') AS m, to_char(month, 'YYYY-"Q"Q') AS q, to_char(month, 'YYYY') AS y
          FROM monitor_span WHERE metric = $1 AND month BETWEEN $2 AND $3 AND duration IS NOT NULL) s
  GROUP BY GROUPING SETS ((gemeente, m), (m), (gemeente, q), (q), (gemeente, y), (y))`;

/** The counts per bucket as they were read before (one row per gemeente, GI, moment type, month and bucket). */
const BUCKET_COUNTS = `SELECT gemeente, gi, moment_type AS "momentType", to_char(month, 'YYYY-MM-DD') AS month, count(*)::int AS n,
    CASE WHEN deadline_at IS NULL THEN (CASE WHEN end_at IS NULL THEN 'pending' ELSE 'ended' END)
         WHEN end_at IS NULL THEN (CASE WHEN deadline_at <= $4 THEN 'beyond' ELSE 'pending' END)
         WHEN end_at <= deadline_at THEN 'within' ELSE 'beyond' END AS bucket
  FROM monitor_span WHERE metric = $1 AND month BETWEEN $2 AND $3 GROUP BY 1, 2, 3, 4, 6`;
/** The counts per cell and bucket, summed (a cell's ended and open spans are two rows of the read). */
function canonical(rows: readonly RawCount[]): string[] {
  const sums = new Map<string, number>();
  for (const r of rows) {
    const key = JSON.stringify([r.gemeente, r.gi, r.momentType, r.month, r.bucket]);
    sums.set(key, (sums.get(key) ?? 0) + r.n);
  }
  return [...sums].map(([key, n]) => `${key}:${n}`).sort();
}

const METRIC = 'durations_oracle';
/** The moment the read is made at: open spans with a deadline before it are `beyond`, after it `pending`. */
const NOW = new Date('2024-03-15T12:00:00Z');
const RANGE = ['2023-01-01', '2024-12-01'];

describe('ketenmonitor span read: the counts as before, the months merged in TypeScript equal percentile_cont', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = createDataSource(testDatabaseUrl());
    await ds.initialize();
  });
  afterAll(() => ds.destroy());

  const span = fc.record({
    gemeente: fc.constantFrom('Enschede', 'Hengelo', 'Almelo', 'Oldenzaal'),
    gi: fc.constantFrom('', 'gi-a', 'gi-b'),
    moment: fc.constantFrom('toeleiding', 'herbespreking'),
    deadline: fc.option(fc.integer({ min: 0, max: 60 })),
    month: fc
      .tuple(fc.constantFrom(2022, 2023, 2024, 2025), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}-01`),
    // numeric(10,2): whole and working days as well as fractions, with ties; null = not ended yet.
    duration: fc.option(
      fc.oneof(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 9_999_999_999 }).map((c) => c / 100),
      ),
      { freq: 6 },
    ),
  });

  it('gives the same counts per bucket, and the same n, median and P90 to the last bit, per gemeente and the region, month, quarter and year', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(span, { minLength: 1, maxLength: 400 }), async (spans) => {
        const runner = ds.createQueryRunner();
        await runner.startTransaction();
        try {
          // Each month's spans lie in several rows of the read (GIs, moment types, buckets): merged per month.
          await runner.query(
            `INSERT INTO monitor_span (case_id, metric, subject, gemeente, gi, moment_type, month, start_at, end_at,
                                       deadline_at, duration)
             SELECT id, $1, '', gemeente, gi, moment, month, month, month + duration * interval '1 day',
                    month + deadline * interval '1 day', duration
               FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::date[], $7::numeric[], $8::int[])
                    AS s(id, gemeente, gi, moment, month, duration, deadline)`,
            [
              METRIC,
              spans.map(() => randomUUID()),
              spans.map((s) => s.gemeente),
              spans.map((s) => s.gi),
              spans.map((s) => s.moment),
              spans.map((s) => s.month),
              spans.map((s) => (s.duration === null ? null : s.duration.toFixed(2))),
              spans.map((s) => s.deadline),
            ],
          );
          // The ended spans' kept rows, as the span worker writes them for the keys its batch touched.
          await refreshSpanMonths(
            runner.manager,
            spans.map((s) => ({ metric: METRIC, ...s, momentType: s.moment })),
          );
          const rows = await runner.manager.query<SpanRow[]>(SPAN_ROWS_SQL, [METRIC, ...RANGE, NOW, true]);
          const counts = await runner.manager.query<RawCount[]>(BUCKET_COUNTS, [METRIC, ...RANGE, NOW]);
          expect(canonical(spanCounts(rows))).toEqual(canonical(counts));
          const oracle = await runner.manager.query<
            { key: string; n: number; median: number; p90: number }[]
          >(PERCENTILE_CONT, [METRIC, ...RANGE]);
          const stats = durationStats(monthDurations(rows));
          expect(new Set(stats.keys())).toEqual(new Set(oracle.map((r) => r.key)));
          for (const { key, ...expected } of oracle) expect(stats.get(key)).toEqual(expected);
        } finally {
          await runner.rollbackTransaction();
          await runner.release();
        }
      }),
      { numRuns: 60 },
    );
  });
});
