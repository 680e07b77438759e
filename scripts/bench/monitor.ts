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
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Gemeente } from '@tafel/shared/contracts';
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
import {
  DURATIONS_SQL,
  DURATIONS_WORK_MEM,
  MonitorQueryService,
} from '../../apps/api/src/modules/monitor/monitor-query.service';
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
 * The span reads of a cold duration table (as in MonitorQueryService), for their plans, with the work_mem
 * each runs under; `durationsBefore` is the durations' read before it was grouped by the plain month (text
 * periods of every span, two percentiles, the default work_mem) — the baseline, side by side.
 */
const SPAN_READS: Record<string, { sql: string; workMem?: string }> = {
  counts: {
    sql: `SELECT gemeente, gi, moment_type, month, count(*), end_at IS NULL, deadline_at IS NULL
    FROM monitor_span WHERE metric = $1 AND month BETWEEN $2 AND $3 GROUP BY 1, 2, 3, 4, 6, 7`,
  },
  durations: { sql: DURATIONS_SQL, workMem: DURATIONS_WORK_MEM },
  durationsBefore: {
    sql: `SELECT gemeente, COALESCE(m, q, y) AS period, count(*)::int AS n,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY duration) AS median,
      percentile_cont(0.9) WITHIN GROUP (ORDER BY duration) AS p90
    FROM (SELECT gemeente, duration, to_char(month, 'YYYY-MM') AS m, to_char(month, 'YYYY-"Q"Q') AS q,
      to_char(month, 'YYYY') AS y
      FROM monitor_span WHERE metric = $1 AND month BETWEEN $2 AND $3 AND duration IS NOT NULL) s
    GROUP BY GROUPING SETS ((gemeente, m), (m), (gemeente, q), (q), (gemeente, y), (y))`,
  },
};

/** One of the span reads of request → tafel in 2024, in a transaction with its work_mem. */
function spanRead(ds: DataSource, { sql, workMem }: { sql: string; workMem?: string }, explain = false) {
  return ds.transaction(async (m) => {
    if (workMem) await m.query(`SET LOCAL work_mem = '${workMem}'`);
    return m.query<Record<string, unknown>[]>(`${explain ? 'EXPLAIN (ANALYZE, BUFFERS) ' : ''}${sql}`, [
      'request_to_tafel',
      '2024-01-01',
      '2024-12-01',
    ]);
  });
}

/** The stock per phase at the end of each month, straight from the events: each case's last move. */
const PLAIN_STOCK = `SELECT m.month, x.gemeente, x.phase, count(*)
  FROM generate_series($1::timestamptz, $2::timestamptz - interval '1 month', interval '1 month') AS m(month)
  CROSS JOIN LATERAL (SELECT DISTINCT ON (case_id) gemeente, data->>'to' AS phase FROM chain_event
    WHERE type = 'phase_changed' AND occurred_at < m.month + interval '1 month'
    ORDER BY case_id, occurred_at DESC) x
  WHERE x.phase <> 'closed' GROUP BY 1, 2, 3`;

/** The span worker: 200 cases marked pending, then drained; the time per case (ms). */
async function spanWorker(ds: DataSource, projection: MonitorProjectionService) {
  await projection.drain();
  await ds.query(
    `INSERT INTO monitor_pending_case (case_id) SELECT id FROM family_case ORDER BY id LIMIT 200`,
  );
  const t = process.hrtime.bigint();
  const cases = await projection.drain();
  return { cases, msPerCase: Math.round((Number(process.hrtime.bigint() - t) / 1e6 / cases) * 100) / 100 };
}

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

async function main(): Promise<void> {
  const i = process.argv.indexOf('--families');
  const families = Number(i >= 0 ? process.argv[i + 1] : 2000);
  const base = process.env['DATABASE_URL'];
  if (!base)
    throw new Error('Set DATABASE_URL (a PostgreSQL server; a scratch database is created next to it)');
  const name = `tafel_bench_monitor_${Date.now()}`;
  const admin = createDataSource(base);
  await admin.initialize();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const ds = createDataSource(url.toString());
  const suppressor = new StockSuppressor();
  try {
    await ds.initialize();
    await ds.runMigrations({ transaction: 'all' });
    const seedStart = Date.now();
    const events = await seedFamilies(ds, families);
    await ds.query('ANALYZE');
    const seeded = (Date.now() - seedStart) / 1000;
    const cache = new MonitorCache();
    const metrics = new MonitorMetrics(loadConfig());
    const projections = new ChainProjections();
    const projection = new MonitorProjectionService(projections, cache, metrics, ds, new EventBus());
    const rebuildStart = Date.now();
    await ds.transaction((m) => projection.rebuild(m));
    // As autovacuum would after the rebuild (and `npm run monitor:rebuild` does): statistics and the
    // visibility map for index-only scans.
    await ds.query('VACUUM ANALYZE monitor_span, monitor_count');
    await ds.query('ANALYZE');
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
    const results = {
      families,
      events,
      seededSeconds: seeded,
      rebuildSeconds: rebuilt,
      dashboardInflowCold: await timed(20, cold('inflow')),
      dashboardInflowWarm: await timed(100, warm('inflow')),
      dashboardInflowAfterEvent: await timed(100, afterEvent('inflow')),
      plainGroupByInflow: await timed(20, () => ds.query(PLAIN_INFLOW, range)),
      dashboardLeadTimeCold: await timed(20, cold('request_to_tafel')),
      dashboardLeadTimeWarm: await timed(100, warm('request_to_tafel')),
      dashboardLeadTimeAfterEvent: await timed(100, afterEvent('request_to_tafel')),
      plainGroupByLeadTime: await timed(5, () => ds.query(PLAIN_LEAD_TIME, range)),
      // The durations' read of a cold lead time alone, before and after it was grouped by the plain month.
      durationsReadBefore: await timed(20, () => spanRead(ds, SPAN_READS['durationsBefore'])),
      durationsRead: await timed(20, () => spanRead(ds, SPAN_READS['durations'])),
      // The API starts the worker thread of the stock's table when it listens (it computes that table):
      // started here as well, so the first cold read does not include loading the worker's modules.
      stockWorkerStartedMs: (await timed(1, cold('stock'))).p50,
      dashboardStockCold: await timed(20, cold('stock')),
      dashboardStockWarm: await timed(100, warm('stock')),
      dashboardStockAfterEvent: await timed(100, afterEvent('stock')),
      plainGroupByStock: await timed(3, () => ds.query(PLAIN_STOCK, range)),
      ...(await writeCost(ds, projections)),
      spanWorkerPerCase: await spanWorker(ds, projection),
    };
    console.log(JSON.stringify(results, null, 2));
    // Where a cold read of a duration spends its time: the plan of the span read (one metric, one year).
    for (const [name, read] of Object.entries(SPAN_READS)) {
      const plan = await spanRead(ds, read, true);
      console.log(`\n${name}:\n${plan.map((r) => r['QUERY PLAN']).join('\n')}`);
    }
  } finally {
    await suppressor.onModuleDestroy();
    if (ds.isInitialized) await ds.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
