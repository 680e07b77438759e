/**
 * Ketenmonitor benchmark (issue 13 item 6): seeds a scratch database with `--families N` histories,
 * rebuilds the aggregates (timed), then measures in the same run
 *   - the dashboard's query (MonitorQueryService.table, region, 12 months), cold (the suppressed table
 *     computed, 20 runs), warm (kept, 100 runs) and right after an event (kept table served, a new one
 *     computed behind it, 100 runs) — p50/p95,
 *   - the same figures with a plain GROUP BY over chain_event,
 *   - the same for the stock per phase (the plain query: each case's last phase move per month),
 *   - writing one event with and without the projection (300 each, taken turn about; a bare INSERT and
 *     the application's ChainEventsService.record), and the span worker's time per case.
 * Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:monitor -- --families 20000
 * Options: --keep (leave the scratch database), --reuse NAME (measure on a kept one: no seed or rebuild),
 *   --only a,b (only these figures; `docs/performance.md`, Ketenmonitor).
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Gemeente, SPAN_BUCKETS } from '@tafel/shared/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '../../apps/api/src/common/auth/auth-user';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { EventBus } from '../../apps/api/src/common/events/event-bus';
import { UnitOfWork } from '../../apps/api/src/common/events/unit-of-work';
import { ChainEventsService } from '../../apps/api/src/modules/cases/chain-events.service';
import { ChainProjections } from '../../apps/api/src/modules/cases/chain-projections';
import { ChainEventEntity } from '../../apps/api/src/modules/cases/entities/chain-event.entity';
import { MonitorCache } from '../../apps/api/src/modules/monitor/monitor-cache';
import { MonitorProjectionService } from '../../apps/api/src/modules/monitor/monitor-projection.service';
import { MonitorQueryService } from '../../apps/api/src/modules/monitor/monitor-query.service';
import {
  SPAN_ROWS_SQL,
  SpanRow,
  durationStats,
  monthDurations,
  spanCounts,
} from '../../apps/api/src/modules/monitor/durations';
import { MonitorMetrics } from '../../apps/api/src/modules/monitor/monitor-metrics';
import { StockSuppressor } from '../../apps/api/src/modules/monitor/stock-suppressor';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { seedFamilies } from '../seed-scale';

const REGIONAL: AuthUser = {
  id: randomUUID(),
  role: 'auditor',
  organisationId: null,
  sessionId: '',
  stage: 'full',
  accessPoint: 'bench',
};

/** Percentiles of a sample (ms), as `timed` reports them. */
function percentiles(ms: number[]): { p50: number; p95: number } {
  ms.sort((a, b) => a - b);
  const at = (p: number) =>
    Math.round((ms[Math.min(ms.length - 1, Math.floor(p * ms.length))] ?? 0) * 10) / 10;
  return { p50: at(0.5), p95: at(0.95) };
}

async function timed(runs: number, work: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await work();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return percentiles(ms);
}

const PLAIN_INFLOW = `SELECT gemeente, date_trunc('month', occurred_at AT TIME ZONE 'Europe/Amsterdam') AS month,
  COALESCE(requester_type, 'unknown') AS bucket, count(*) FROM chain_event
  WHERE type = 'tafel_requested' AND occurred_at >= $1 AND occurred_at < $2 GROUP BY 1, 2, 3`;
const PLAIN_LEAD_TIME = `SELECT r.gemeente, date_trunc('month', r.occurred_at AT TIME ZONE 'Europe/Amsterdam') AS month, count(*),
  percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM h.occurred_at - r.occurred_at) / 86400) AS median,
  percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM h.occurred_at - r.occurred_at) / 86400) AS p90
  FROM chain_event r JOIN LATERAL (SELECT min(occurred_at) AS occurred_at FROM chain_event h
    WHERE h.case_id = r.case_id AND h.type = 'tafel_held' AND h.data->>'tafelId' = r.data->>'tafelId'
      AND h.occurred_at >= r.occurred_at) h ON true
  WHERE r.type = 'tafel_requested' AND r.occurred_at >= $1 AND r.occurred_at < $2 GROUP BY 1, 2`;

/**
 * The span read of a cold duration table (as in MonitorQueryService), for its plan and time, with the
 * work_mem it runs under: `spans` as it is now (the ended spans' kept rows and the open spans, the months'
 * durations merged in TypeScript, timed with the merging), and as it was before (commit 0cb4e02, the
 * baseline side by side): one read grouping every span of the year, the durations as `numeric[]` sorted
 * per month in TypeScript.
 */
const SPAN_READS: Record<
  string,
  { sql: string; args?: unknown[]; workMem?: string; then?: (rows: never[]) => unknown }
> = {
  spans: {
    sql: SPAN_ROWS_SQL,
    args: [new Date(), true],
    then: (rows: SpanRow[]) => [spanCounts(rows), durationStats(monthDurations(rows))],
  },
  spansBefore: {
    sql: `SELECT gemeente, gi, moment_type AS "momentType", to_char(month, 'YYYY-MM-DD') AS month,
          ${SPAN_BUCKETS.map(
            (
              b,
            ) => `count(*) FILTER (WHERE CASE WHEN deadline_at IS NULL THEN (CASE WHEN end_at IS NULL THEN 'pending' ELSE 'ended' END)
               WHEN end_at IS NULL THEN (CASE WHEN deadline_at <= $4 THEN 'beyond' ELSE 'pending' END)
               WHEN end_at <= deadline_at THEN 'within' ELSE 'beyond' END = '${b}')::int AS ${b}`,
          ).join(',\n          ')},
          array_agg(duration) FILTER (WHERE $5::boolean AND duration IS NOT NULL) AS durations
     FROM monitor_span WHERE metric = $1 AND month BETWEEN $2 AND $3
    GROUP BY month, gemeente, gi, moment_type`,
    args: [new Date(), true],
    then: (rows: (Omit<SpanRow, 'durations'> & { durations: string[] | null })[]) => {
      // Each gemeente's months' durations as they were made then: the rows' parts joined and sorted.
      const months = new Map<string, { gemeente: string; month: string; durations: number[] }>();
      for (const r of rows) {
        if (!r.durations) continue;
        const key = `${r.gemeente}|${r.month.slice(0, 7)}`;
        const month = months.get(key) ?? { gemeente: r.gemeente, month: r.month.slice(0, 7), durations: [] };
        months.set(key, month);
        for (const d of r.durations) month.durations.push(Number(d));
      }
      const sorted = [...months.values()].map((m) => ({
        ...m,
        durations: Float64Array.from(m.durations).sort(),
      }));
      return [spanCounts(rows as never), durationStats(sorted)];
    },
  },
};

/** One of the span reads of request → tafel in 2024 (and what is computed from it), with its work_mem. */
async function spanRead(
  ds: DataSource,
  { sql, args = [], workMem, then }: (typeof SPAN_READS)[string],
  explain = false,
) {
  const read = (m: DataSource | EntityManager) =>
    m.query<never[]>(`${explain ? 'EXPLAIN (ANALYZE, BUFFERS) ' : ''}${sql}`, [
      'request_to_tafel',
      '2024-01-01',
      '2024-12-01',
      ...args,
    ]);
  const rows = workMem
    ? await ds.transaction(async (m) => {
        await m.query(`SET LOCAL work_mem = '${workMem}'`);
        return read(m);
      })
    : await read(ds);
  if (!explain) then?.(rows);
  return rows as Record<string, unknown>[];
}

/** The stock per phase at the end of each month, straight from the events: each case's last move. */
const PLAIN_STOCK = `SELECT m.month, x.gemeente, x.phase, count(*)
  FROM generate_series($1::timestamptz, $2::timestamptz - interval '1 month', interval '1 month') AS m(month)
  CROSS JOIN LATERAL (SELECT DISTINCT ON (case_id) gemeente, data->>'to' AS phase FROM chain_event
    WHERE type = 'phase_changed' AND occurred_at < m.month + interval '1 month'
    ORDER BY case_id, occurred_at DESC) x
  WHERE x.phase <> 'closed' GROUP BY 1, 2, 3`;

/** The span worker draining the cases `mark` marks pending; the time per case (ms). */
async function spanWorker(ds: DataSource, projection: MonitorProjectionService, mark: string[]) {
  await projection.drain();
  for (const sql of mark) await ds.query(sql);
  const t = process.hrtime.bigint();
  const cases = await projection.drain();
  return { cases, msPerCase: Math.round((Number(process.hrtime.bigint() - t) / 1e6 / cases) * 100) / 100 };
}

/** 200 cases re-derived unchanged (what most events are to the span worker). */
const UNCHANGED = [
  'INSERT INTO monitor_pending_case (case_id) SELECT id FROM family_case ORDER BY id LIMIT 200',
];
/**
 * A norm change as the span worker sees it: 2,000 cases with ended spans under a deadline, their
 * deadlines moved by three days (as if derived under another value of the norm), marked and derived again
 * — where a span's bucket flips, its kept row is written again (`changedKeys`).
 */
const NORM_CASES = `SELECT DISTINCT case_id FROM monitor_span WHERE deadline_at IS NOT NULL AND end_at IS NOT NULL
  ORDER BY case_id LIMIT 2000`;
const NORM_CHANGE = [
  `UPDATE monitor_span SET deadline_at = deadline_at + interval '3 days' WHERE case_id IN (${NORM_CASES})`,
  `INSERT INTO monitor_pending_case (case_id) ${NORM_CASES}`,
];

const WRITES = 300;

/**
 * Writing one `tafel_requested` event in its own transaction, without and with the projection, the two
 * taken turn about (so both meet the same machine, table sizes and caches), two ways: a bare `INSERT`
 * of the event (what the projection adds to the least a write does), and the application's write
 * (`ChainEventsService.record`: schema check, attribution query, insert, projections).
 */
async function writeCost(ds: DataSource, projections: ChainProjections) {
  const [c] = await ds.query<{ id: string; gemeente: Gemeente }[]>(
    'SELECT id, gemeente FROM family_case LIMIT 1',
  );
  if (!c) throw new Error('no case');
  const body = () =>
    ({
      type: 'tafel_requested',
      data: {
        tafelId: randomUUID(),
        momentType: 'toeleiding',
        parentsReaction: true,
        familiegroepsplanOffered: true,
        voluntaryHelpDescribed: true,
        followsTafelId: null,
      },
    }) as const;
  const bare = (project: boolean) =>
    ds.transaction(async (m: EntityManager) => {
      const occurredAt = new Date();
      const { type, data } = body();
      const [row] = await m.query<{ id: string }[]>(
        `INSERT INTO chain_event (case_id, type, occurred_at, data, gemeente) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [c.id, type, occurredAt, JSON.stringify(data), c.gemeente],
      );
      if (!project) return;
      const attribution = {
        gemeente: c.gemeente,
        organisationId: null,
        actorRole: null,
        requesterType: null,
        giOrganisationId: null,
      };
      await projections.apply(new UnitOfWork(m), {
        id: row?.id ?? '',
        caseId: c.id,
        occurredAt,
        type,
        data,
        attribution,
      });
    });
  const events = ds.getRepository(ChainEventEntity);
  const services = [
    new ChainEventsService(events, new ChainProjections()),
    new ChainEventsService(events, projections),
  ];
  const record = (project: boolean) =>
    ds.transaction((m) => services[project ? 1 : 0]?.record(new UnitOfWork(m), c.id, body(), null));
  const ms = { bare: [[], []] as number[][], record: [[], []] as number[][] };
  for (let i = 0; i < WRITES; i++)
    for (const project of [false, true]) {
      for (const [way, write] of [
        ['bare', bare],
        ['record', record],
      ] as const) {
        const t = process.hrtime.bigint();
        await write(project);
        ms[way][project ? 1 : 0]?.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }
  return {
    writeBareWithoutProjection: percentiles(ms.bare[0] ?? []),
    writeBareWithProjection: percentiles(ms.bare[1] ?? []),
    writeRecordWithoutProjection: percentiles(ms.record[0] ?? []),
    writeRecordWithProjection: percentiles(ms.record[1] ?? []),
  };
}

/** The value after a flag (`--families 65000`), or undefined. */
function option(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const families = Number(option('--families') ?? 2000);
  // --keep: leave the scratch database (its name is printed); --reuse NAME: measure on a kept one (no seed
  // or rebuild); --only a,b: only these figures (the names of the JSON below).
  const reuse = option('--reuse');
  const keep = process.argv.includes('--keep') || reuse !== undefined;
  const only = option('--only')?.split(',');
  const base = process.env['DATABASE_URL'];
  if (!base)
    throw new Error('Set DATABASE_URL (a PostgreSQL server; a scratch database is created next to it)');
  const name = reuse ?? `tafel_bench_monitor_${Date.now()}`;
  if (!/^tafel_bench_monitor_\d+$/.test(name)) throw new Error(`Not a scratch database: ${name}`);
  const admin = createDataSource(base);
  await admin.initialize();
  if (!reuse) await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const ds = createDataSource(url.toString());
  const suppressor = new StockSuppressor();
  try {
    await ds.initialize();
    await ds.runMigrations({ transaction: 'all' });
    const cache = new MonitorCache();
    const metrics = new MonitorMetrics(loadConfig());
    const projections = new ChainProjections();
    const projection = new MonitorProjectionService(projections, cache, metrics, ds, new EventBus());
    const seedStart = Date.now();
    const events = reuse
      ? (await ds.query<{ n: number }[]>('SELECT count(*)::int AS n FROM chain_event'))[0]?.n
      : await seedFamilies(ds, families);
    const seeded = (Date.now() - seedStart) / 1000;
    const rebuildStart = Date.now();
    if (!reuse) {
      await ds.query('ANALYZE');
      await ds.transaction((m) => projection.rebuild(m));
      // As autovacuum would after the rebuild (and `npm run monitor:rebuild` does): statistics and the
      // visibility map for index-only scans.
      await ds.query('VACUUM ANALYZE monitor_span, monitor_span_month, monitor_count');
      await ds.query('ANALYZE');
    }
    const rebuilt = (Date.now() - rebuildStart) / 1000;
    const query = new MonitorQueryService(ds, cache, metrics, suppressor);
    /**
     * Cold: the suppressed table is computed while the reader waits (nothing kept: the first read of a
     * metric and years); warm: kept; after an event: the event marked it stale, the reader gets the kept
     * table and a new one is computed behind it (what a reader sees while chain events are written).
     */
    const cold = (metric: string) => () => {
      cache.clear();
      return query.table(REGIONAL, { metric, ...q });
    };
    const warm = (metric: string) => () => query.table(REGIONAL, { metric, ...q });
    const afterEvent = (metric: string) => () => {
      cache.invalidate([metric]);
      return query.table(REGIONAL, { metric, ...q });
    };
    const q = { granularity: 'month' as const, from: '2024-01', to: '2024-12', by: 'bucket' as const };
    const range = [new Date('2024-01-01T00:00:00+01:00'), new Date('2025-01-01T00:00:00+01:00')];
    const figures: [string, () => Promise<unknown>][] = [
      ['dashboardInflowCold', () => timed(20, cold('inflow'))],
      ['dashboardInflowWarm', () => timed(100, warm('inflow'))],
      ['dashboardInflowAfterEvent', () => timed(100, afterEvent('inflow'))],
      ['plainGroupByInflow', () => timed(20, () => ds.query(PLAIN_INFLOW, range))],
      ['dashboardLeadTimeCold', () => timed(20, cold('request_to_tafel'))],
      ['dashboardLeadTimeWarm', () => timed(100, warm('request_to_tafel'))],
      ['dashboardLeadTimeAfterEvent', () => timed(100, afterEvent('request_to_tafel'))],
      ['plainGroupByLeadTime', () => timed(5, () => ds.query(PLAIN_LEAD_TIME, range))],
      // The span read of a cold lead time alone, before (every span of the year grouped) and now.
      ['spanReadsBefore', () => timed(20, () => spanRead(ds, SPAN_READS['spansBefore']))],
      ['spanReads', () => timed(20, () => spanRead(ds, SPAN_READS['spans']))],
      // The API starts the worker thread of the stock's table when it listens (it computes that table):
      // started here as well, so the first cold read does not include loading the worker's modules.
      ['stockWorkerStartedMs', async () => (await timed(1, cold('stock'))).p50],
      ['dashboardStockCold', () => timed(20, cold('stock'))],
      ['dashboardStockWarm', () => timed(100, warm('stock'))],
      ['dashboardStockAfterEvent', () => timed(100, afterEvent('stock'))],
      ['plainGroupByStock', () => timed(3, () => ds.query(PLAIN_STOCK, range))],
      ['writes', () => writeCost(ds, projections)],
      ['spanWorkerPerCase', () => spanWorker(ds, projection, UNCHANGED)],
      ['spanWorkerNormChange', () => spanWorker(ds, projection, NORM_CHANGE)],
    ];
    const results: Record<string, unknown> = {
      database: name,
      families: reuse ? undefined : families,
      events,
      seededSeconds: reuse ? undefined : seeded,
      rebuildSeconds: reuse ? undefined : rebuilt,
    };
    for (const [figure, measure] of figures)
      if (!only || only.includes(figure)) results[figure] = await measure();
    console.log(JSON.stringify(results, null, 2));
    // Where a cold read of a duration spends its time: the plan of the span read (one metric, one year).
    for (const [name, read] of Object.entries(SPAN_READS)) {
      const plan = await spanRead(ds, read, true);
      console.log(`\n${name}:\n${plan.map((r) => r['QUERY PLAN']).join('\n')}`);
    }
  } finally {
    await suppressor.onModuleDestroy();
    if (ds.isInitialized) await ds.destroy();
    if (keep) console.log(`Kept ${name}: --reuse ${name}; drop it with DROP DATABASE ${name}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
