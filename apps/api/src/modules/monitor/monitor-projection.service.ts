import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ChainProjections, RecordedChainEvent } from '../cases/chain-projections';
import { ProjectedEvent, SPAN_EVENT_TYPES } from './metric-definitions';
import { CountDelta, Span, allSpansOf, countDeltas } from './projection';

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
  constructor(private readonly projections: ChainProjections) {}

  onModuleInit(): void {
    this.projections.register((uow, event) => this.project(uow.manager, event));
  }

  async project(manager: EntityManager, event: RecordedChainEvent): Promise<void> {
    await addCounts(manager, countDeltas(toProjected(event)));
    if (SPAN_EVENT_TYPES.includes(event.type)) await this.respan(manager, [event.caseId]);
  }

  /** Replaces the spans of these cases by the ones their stored events make. */
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
    let after = '00000000-0000-0000-0000-000000000000';
    let events = 0;
    for (;;) {
      const ids = (
        await manager.query<{ id: string }[]>(
          'SELECT id FROM family_case WHERE id > $1 ORDER BY id LIMIT $2',
          [after, BATCH],
        )
      ).map((r) => r.id);
      if (ids.length === 0) return { events };
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
