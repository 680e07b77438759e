import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { ChainProjections, RecordedChainEvent } from '../cases/chain-projections';
import { EventBus } from '../../common/events/event-bus';
import {
  ProjectedEvent,
  SPAN_EVENT_TYPES,
  SpanMetric,
  countMetricsOf,
  tableKeyOf,
} from './metric-definitions';
import { MonitorCache } from './monitor-cache';
import { MonitorMetrics } from './monitor-metrics';
import { CountDelta, Span, allSpansOf, countDeltas, deadline } from './projection';
import { KeptSpan, changedKeys, refreshAllSpanMonths, refreshSpanMonths } from './span-months';

/** A stored chain event row as the projection reads it back (rebuild and span re-derivation). */
const EVENT_COLUMNS = `type, occurred_at AS "occurredAt", data, gemeente, requester_type AS "requesterType",
  gi_organisation_id AS "giOrganisationId"`;

const BATCH = 500;
/** Cases per step of the rebuild (one read of their events, their counts summed, inserts of spans). */
const REBUILD_BATCH = 2_000;
/** How often the span worker looks for pending cases: freshness of the spans is about this (≤ 5 s). */
export const SPAN_POLL_MS = 1_000;

function toProjected(e: RecordedChainEvent): ProjectedEvent {
  return {
    type: e.type,
    occurredAt: e.occurredAt,
    data: e.data as Readonly<Record<string, unknown>>,
    gemeente: e.attribution.gemeente,
    requesterType: e.attribution.requesterType,
    giOrganisationId: e.attribution.giOrganisationId,
  };
}

/** The deltas summed per key, in a fixed order (concurrent writers lock the same rows in the same order). */
/** Adds count deltas into their sums per count (metric, gemeente, GI, moment type, month, bucket). */
function sumInto(byKey: Map<string, CountDelta>, deltas: readonly CountDelta[]): Map<string, CountDelta> {
  for (const d of deltas) {
    const key = [d.metric, d.gemeente, d.gi, d.momentType, d.month, d.bucket].join('\u0000');
    const found = byKey.get(key);
    byKey.set(key, found ? { ...found, n: found.n + d.n } : d);
  }
  return byKey;
}

function merged(deltas: readonly CountDelta[]): CountDelta[] {
  return [...sumInto(new Map(), deltas)].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, d]) => d);
}

const COLUMNS = ['metric', 'gemeente', 'gi', 'momentType', 'month', 'bucket'] as const;
/**
 * The write path in one statement: every count delta of the event upserted (set-based, over
 * `unnest`), and the case marked for the span worker when the event takes part in a span metric.
 * Run as a named (prepared) statement: planning it again for every event cost about as much as running
 * it (`docs/performance.md`, "writing one event").
 */
const PROJECT = {
  name: 'monitor_project',
  text: `WITH counts AS (
    INSERT INTO monitor_count (metric, gemeente, gi, moment_type, month, bucket, n)
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::int[])
    ON CONFLICT (metric, gemeente, gi, moment_type, month, bucket) DO UPDATE SET n = monitor_count.n + EXCLUDED.n)
  INSERT INTO monitor_pending_case (case_id) SELECT $8::uuid WHERE $9::boolean`,
};

async function addCounts(manager: EntityManager, deltas: readonly CountDelta[], pendingCase: string | null) {
  if (!manager.queryRunner) throw new Error('The monitor projects in a transaction');
  // The transaction's own connection (typeorm's query() cannot name a statement).
  const client = (await manager.queryRunner.connect()) as PoolClient;
  const rows = merged(deltas);
  await client.query({
    ...PROJECT,
    values: [
      ...COLUMNS.map((c) => rows.map((r) => r[c])),
      rows.map((r) => r.n),
      pendingCase ?? '00000000-0000-0000-0000-000000000000',
      pendingCase !== null,
    ],
  });
}

async function insertSpans(
  manager: EntityManager,
  spans: readonly (Span & { caseId: string })[],
): Promise<void> {
  if (spans.length === 0) return;
  await manager.query(
    `INSERT INTO monitor_span (case_id, metric, subject, gemeente, gi, moment_type, month, start_at, end_at, deadline_at, duration)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[],
                          $8::timestamptz[], $9::timestamptz[], $10::timestamptz[], $11::numeric[])`,
    [
      spans.map((s) => s.caseId),
      spans.map((s) => s.metric),
      spans.map((s) => s.subject),
      spans.map((s) => s.gemeente),
      spans.map((s) => s.gi),
      spans.map((s) => s.momentType),
      spans.map((s) => s.month),
      spans.map((s) => s.startAt),
      spans.map((s) => s.endAt),
      spans.map((s) => s.deadlineAt),
      spans.map((s) => s.duration),
    ],
  );
}

/**
 * Projects every chain event into the monitor's aggregates. In the recording transaction (registered
 * with the cases module's `ChainProjections`): one statement that adds the event's counts and marks
 * its case when the event takes part in a span metric. The span worker re-derives the spans of the
 * marked cases from their events right after the commit, and looks for marks left by others (another
 * instance, a crash) every `SPAN_POLL_MS`; the rebuild applies the same functions to every stored
 * event, so incremental and rebuilt aggregates are the same.
 */
@Injectable()
export class MonitorProjectionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MonitorSpans');
  private timer: NodeJS.Timeout | null = null;
  /** Span work of this process, one run at a time (the poller and `drain` share it). */
  private running: Promise<number> = Promise.resolve(0);

  constructor(
    private readonly projections: ChainProjections,
    private readonly cache: MonitorCache,
    private readonly metrics: MonitorMetrics,
    @InjectDataSource() private readonly db: DataSource,
    bus: EventBus,
  ) {
    this.projections.register((uow, event) => this.project(uow.manager, event));
    // After commit: the tables the event changed are computed again, and its case's spans re-derived now.
    bus.on('chain.recorded', ({ event }) => {
      this.cache.invalidate([...new Set(countMetricsOf(event.type).map(tableKeyOf))]);
      if (SPAN_EVENT_TYPES.includes(event.type)) void this.drain().catch((e: unknown) => this.failed(e));
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.markChangedNorms();
    this.timer = setInterval(() => void this.drain().catch((e: unknown) => this.failed(e)), SPAN_POLL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running.catch(() => undefined);
  }

  /**
   * A span's deadline is stored as its norm stood when it was derived. When the region's value of a norm
   * (`TAFEL_CHAIN_NORMS`) changed since, every case with spans of that timer is marked, and the span
   * worker derives them again with the value in force. Seen on one span per metric (all of a metric's
   * spans are derived with one value; marks left by an interrupted round stay until done).
   */
  async markChangedNorms(): Promise<string[]> {
    const changed: string[] = [];
    for (const m of this.metrics.spans) {
      const [span] = await this.db.query<{ start_at: Date; deadline_at: Date | null }[]>(
        'SELECT start_at, deadline_at FROM monitor_span WHERE metric = $1 LIMIT 1',
        [m.id],
      );
      if (!span) continue;
      const expected = m.horizon ? deadline(span.start_at, m.horizon).getTime() : null;
      if ((span.deadline_at?.getTime() ?? null) === expected) continue;
      changed.push(m.id);
      await this.db.query(
        'INSERT INTO monitor_pending_case (case_id) SELECT DISTINCT case_id FROM monitor_span WHERE metric = $1',
        [m.id],
      );
    }
    if (changed.length > 0)
      this.logger.log(`Norms changed for ${changed.join(', ')}: their spans derived again`);
    return changed;
  }

  /** A failed round leaves its marks for the next one; logged by its SQL state only (no case ids in logs). */
  private failed(error: unknown): void {
    const code = (error as { code?: unknown } | null)?.code;
    this.logger.warn(
      `Span worker round failed${typeof code === 'string' ? ` (SQLSTATE ${code})` : ''}; tried again`,
    );
  }

  async project(manager: EntityManager, event: RecordedChainEvent): Promise<void> {
    const e = toProjected(event);
    const deltas = countDeltas(e);
    const spans = SPAN_EVENT_TYPES.includes(e.type);
    if (deltas.length === 0 && !spans) return;
    await addCounts(manager, deltas, spans ? event.caseId : null);
  }

  /**
   * Re-derives the spans of every pending case (a batch at a time, claimed with SKIP LOCKED so other
   * instances can work alongside) and returns how many cases it did. Waits for a run in progress.
   */
  drain(): Promise<number> {
    const run = this.running.catch(() => 0).then(() => this.drainAll());
    this.running = run;
    return run;
  }

  private async drainAll(): Promise<number> {
    let done = 0;
    for (;;) {
      const n = await this.db.transaction(async (m) => {
        const claimed = await m.query<{ id: string; case_id: string }[]>(
          `SELECT id, case_id FROM monitor_pending_case ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        );
        if (claimed.length === 0) return 0;
        const ids = [...new Set(claimed.map((r) => r.case_id))].sort();
        // Another instance may hold a later mark of the same case: one case is re-derived by one at a time.
        await m.query(
          'SELECT pg_advisory_xact_lock(hashtextextended(id::text, 13)) FROM unnest($1::uuid[]) id ORDER BY id',
          [ids],
        );
        await this.respan(m, ids);
        await m.query('DELETE FROM monitor_pending_case WHERE id = ANY($1::bigint[])', [
          claimed.map((r) => r.id),
        ]);
        return claimed.length;
      });
      if (n === 0) break;
      done += n;
    }
    if (done > 0) this.cache.invalidate(this.metrics.spans.map((m) => m.id));
    return done;
  }

  /** Replaces the spans of these cases by the ones their stored events make. */
  private async respan(manager: EntityManager, caseIds: readonly string[]): Promise<void> {
    const rows = await manager.query<(ProjectedEvent & { caseId: string })[]>(
      `SELECT case_id AS "caseId", ${EVENT_COLUMNS} FROM chain_event
        WHERE case_id = ANY($1::uuid[]) AND type = ANY($2::text[]) ORDER BY seq`,
      [caseIds, SPAN_EVENT_TYPES],
    );
    const [removed] = await manager.query<[KeptSpan[], number]>(
      `DELETE FROM monitor_span WHERE case_id = ANY($1::uuid[])
       RETURNING metric, to_char(month, 'YYYY-MM-DD') AS month, gemeente, gi, moment_type AS "momentType",
                 end_at AS "endAt", deadline_at AS "deadlineAt", duration::float8 AS duration`,
      [caseIds],
    );
    const added = await insertSpansOf(manager, this.metrics.spans, caseIds, rows);
    await refreshSpanMonths(manager, changedKeys(removed, added));
  }

  /**
   * Empties the aggregates and projects every stored event again, a batch of cases at a time — a
   * destroyed case's too (its events stay, `destroyed_case`), so past figures stay as they were.
   */
  async rebuild(manager: EntityManager): Promise<{ events: number }> {
    await manager.query('TRUNCATE monitor_count, monitor_span, monitor_span_month, monitor_pending_case');
    this.cache.clear();
    let after = '00000000-0000-0000-0000-000000000000';
    let events = 0;
    // The counts are summed over all cases and written once at the end: upserting each batch's counts
    // left every count in as many versions as batches touched it (at 1M events the counts' table was
    // 55 MB for 51,000 counts, 4 MB packed, and every read of a stock scanned all of it).
    const counts = new Map<string, CountDelta>();
    for (;;) {
      const ids = (
        await manager.query<{ id: string }[]>(
          `SELECT id FROM family_case WHERE id > $1
           UNION SELECT case_id FROM destroyed_case WHERE case_id > $1 ORDER BY 1 LIMIT $2`,
          [after, REBUILD_BATCH],
        )
      ).map((r) => r.id);
      if (ids.length === 0) {
        await addCounts(manager, [...counts.values()], null);
        await refreshAllSpanMonths(manager);
        this.cache.clear();
        return { events };
      }
      const rows = await manager.query<(ProjectedEvent & { caseId: string })[]>(
        `SELECT case_id AS "caseId", ${EVENT_COLUMNS} FROM chain_event WHERE case_id = ANY($1::uuid[]) ORDER BY seq`,
        [ids],
      );
      events += rows.length;
      sumInto(counts, rows.flatMap(countDeltas));
      await insertSpansOf(
        manager,
        this.metrics.spans,
        ids,
        rows.filter((r) => SPAN_EVENT_TYPES.includes(r.type)),
      );
      after = ids[ids.length - 1] ?? after;
    }
  }
}

/**
 * Inserts the spans these cases' events make (the events of other types are ignored by `allSpansOf`) and
 * returns them.
 */
async function insertSpansOf(
  manager: EntityManager,
  metrics: readonly SpanMetric[],
  caseIds: readonly string[],
  rows: readonly (ProjectedEvent & { caseId: string })[],
): Promise<Span[]> {
  const byCase = new Map<string, ProjectedEvent[]>(caseIds.map((id) => [id, []]));
  for (const r of rows) byCase.get(r.caseId)?.push(r);
  const spans = [...byCase].flatMap(([caseId, events]) =>
    allSpansOf(metrics, events).map((s) => ({ ...s, caseId })),
  );
  await insertSpans(manager, spans);
  return spans;
}
