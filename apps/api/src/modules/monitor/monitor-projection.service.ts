import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ChainProjections, RecordedChainEvent } from '../cases/chain-projections';
import { ProjectedEvent, SPAN_EVENT_TYPES, SPAN_METRICS } from './metric-definitions';
import { MonitorCache } from './monitor-cache';
import {
  CountDelta,
  Span,
  StoredSpan,
  allSpansOf,
  countDeltas,
  spanTouch,
  spansOf,
  subjectsToRederive,
} from './projection';

/** A stored chain event row as the projection reads it back (rebuild and span re-derivation). */
const EVENT_COLUMNS = `type, occurred_at AS "occurredAt", data, gemeente, requester_type AS "requesterType",
  gi_organisation_id AS "giOrganisationId"`;

const BATCH = 500;

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

async function addCounts(manager: EntityManager, deltas: readonly CountDelta[]): Promise<void> {
  // Merged per key and in a fixed order, so concurrent writers lock the same rows in the same order.
  const merged = new Map<string, CountDelta & { n: number }>();
  for (const d of deltas) {
    const key = [d.metric, d.gemeente, d.gi, d.momentType, d.month, d.bucket].join('\u0000');
    const found = merged.get(key);
    if (found) found.n++;
    else merged.set(key, { ...d, n: 1 });
  }
  const rows = [...merged].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, r]) => r);
  for (let i = 0; i < rows.length; i += BATCH) {
    const chunk = rows.slice(i, i + BATCH);
    const values = chunk.map(
      (_, j) =>
        `($${j * 7 + 1}, $${j * 7 + 2}, $${j * 7 + 3}, $${j * 7 + 4}, $${j * 7 + 5}, $${j * 7 + 6}, $${j * 7 + 7}::int)`,
    );
    await manager.query(
      `INSERT INTO monitor_count (metric, gemeente, gi, moment_type, month, bucket, n) VALUES ${values.join(', ')}
       ON CONFLICT (metric, gemeente, gi, moment_type, month, bucket) DO UPDATE SET n = monitor_count.n + EXCLUDED.n`,
      chunk.flatMap((r) => [r.metric, r.gemeente, r.gi, r.momentType, r.month, r.bucket, r.n]),
    );
  }
}

async function insertSpans(
  manager: EntityManager,
  spans: readonly (Span & { caseId: string })[],
): Promise<void> {
  for (let i = 0; i < spans.length; i += BATCH) {
    const chunk = spans.slice(i, i + BATCH);
    const values = chunk.map(
      (_, j) => `(${Array.from({ length: 11 }, (__, k) => `$${j * 11 + k + 1}`).join(', ')})`,
    );
    await manager.query(
      `INSERT INTO monitor_span (case_id, metric, subject, gemeente, gi, moment_type, month, start_at, end_at, deadline_at, duration)
       VALUES ${values.join(', ')}`,
      chunk.flatMap((s) => [
        s.caseId,
        s.metric,
        s.subject,
        s.gemeente,
        s.gi,
        s.momentType,
        s.month,
        s.startAt,
        s.endAt,
        s.deadlineAt,
        s.duration,
      ]),
    );
  }
}

/**
 * Projects every chain event into the monitor's aggregates inside the transaction that records it
 * (registered with the cases module's `ChainProjections`), and rebuilds them from all events.
 */
@Injectable()
export class MonitorProjectionService implements OnModuleInit {
  constructor(
    private readonly projections: ChainProjections,
    private readonly cache: MonitorCache,
  ) {}

  onModuleInit(): void {
    this.projections.register((uow, event) => this.project(uow.manager, event));
  }

  async project(manager: EntityManager, event: RecordedChainEvent): Promise<void> {
    const e = toProjected(event);
    const deltas = countDeltas(e);
    await addCounts(manager, deltas);
    const respanned = await this.respanTouched(manager, event.caseId, e);
    this.cache.invalidate([...new Set([...deltas.map((d) => d.metric), ...respanned])]);
  }

  /**
   * Re-derives only the spans this event changes (see `subjectsToRederive`): one read of the case's
   * spans of the metrics its type takes part in, and — when something changes — one read of the
   * case's events of those metrics, a delete of the stored spans it replaces, and one insert.
   * Returns the metrics it changed.
   */
  private async respanTouched(manager: EntityManager, caseId: string, e: ProjectedEvent): Promise<string[]> {
    const touched = SPAN_METRICS.map((metric) => ({ metric, touch: spanTouch(metric, e) })).filter(
      (t) => t.touch.starts !== null || t.touch.ends !== null,
    );
    if (touched.length === 0) return [];
    const stored = await manager.query<StoredSpan[]>(
      `SELECT metric, subject, start_at AS "startAt", end_at AS "endAt" FROM monitor_span
        WHERE case_id = $1 AND metric = ANY($2::text[])`,
      [caseId, touched.map((t) => t.metric.id)],
    );
    const work = touched
      .map(({ metric, touch }) => ({
        metric,
        subjects: subjectsToRederive(
          touch,
          stored.filter((s) => s.metric === metric.id),
          e.occurredAt,
        ),
      }))
      .filter((w) => w.subjects.size > 0);
    if (work.length === 0) return [];
    const events = await manager.query<ProjectedEvent[]>(
      `SELECT ${EVENT_COLUMNS} FROM chain_event WHERE case_id = $1 AND type = ANY($2::text[])`,
      [caseId, [...new Set(work.flatMap((w) => [...w.metric.start, ...w.metric.end]))]],
    );
    // Only spans that are stored are deleted (a new tafel's first request has none).
    const keys = stored
      .filter((s) => work.some((w) => w.metric.id === s.metric && w.subjects.has(s.subject)))
      .map((s) => [s.metric, s.subject]);
    if (keys.length > 0)
      await manager.query(
        `DELETE FROM monitor_span WHERE case_id = $1
            AND (metric, subject) IN (SELECT * FROM unnest($2::text[], $3::text[]))`,
        [caseId, keys.map(([m]) => m), keys.map(([, subject]) => subject)],
      );
    await insertSpans(
      manager,
      work.flatMap((w) =>
        spansOf(w.metric, events)
          .filter((s) => w.subjects.has(s.subject))
          .map((s) => ({ ...s, caseId })),
      ),
    );
    return work.map((w) => w.metric.id);
  }

  /** Replaces the spans of these cases by the ones their stored events make (the rebuild). */
  private async respan(manager: EntityManager, caseIds: readonly string[]): Promise<void> {
    const rows = await manager.query<(ProjectedEvent & { caseId: string })[]>(
      `SELECT case_id AS "caseId", ${EVENT_COLUMNS} FROM chain_event
        WHERE case_id = ANY($1::uuid[]) AND type = ANY($2::text[])`,
      [caseIds, SPAN_EVENT_TYPES],
    );
    const byCase = new Map<string, ProjectedEvent[]>(caseIds.map((id) => [id, []]));
    for (const r of rows) byCase.get(r.caseId)?.push(r);
    await manager.query(`DELETE FROM monitor_span WHERE case_id = ANY($1::uuid[])`, [caseIds]);
    await insertSpans(
      manager,
      [...byCase].flatMap(([caseId, events]) => allSpansOf(events).map((s) => ({ ...s, caseId }))),
    );
  }

  /** Empties the aggregates and projects every stored event again, a batch of cases at a time. */
  async rebuild(manager: EntityManager): Promise<{ events: number }> {
    await manager.query('TRUNCATE monitor_count, monitor_span');
    this.cache.invalidate();
    let after = '00000000-0000-0000-0000-000000000000';
    let events = 0;
    for (;;) {
      const ids = (
        await manager.query<{ id: string }[]>(
          'SELECT id FROM family_case WHERE id > $1 ORDER BY id LIMIT $2',
          [after, BATCH],
        )
      ).map((r) => r.id);
      if (ids.length === 0) {
        this.cache.invalidate();
        return { events };
      }
      const rows = await manager.query<ProjectedEvent[]>(
        `SELECT ${EVENT_COLUMNS} FROM chain_event WHERE case_id = ANY($1::uuid[])`,
        [ids],
      );
      events += rows.length;
      await addCounts(manager, rows.flatMap(countDeltas));
      await this.respan(manager, ids);
      after = ids[ids.length - 1] ?? after;
    }
  }
}
