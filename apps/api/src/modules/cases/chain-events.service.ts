import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ChainEvent, ChainEventAttribution, ChainEventBody, ChainEventNames } from '@tafel/shared/contracts';
import { UnitOfWork } from '../../common/events/unit-of-work';
import { assertChainEvent } from './chain-event.schema';
import { ChainProjections } from './chain-projections';
import { ChainEventEntity } from './entities/chain-event.entity';

/** The attribution, computed from the case and the actor as they are inside the writing transaction. */
const ATTRIBUTION_SQL = `
  SELECT c.gemeente, u.organisation_id AS "organisationId", u.role AS "actorRole",
    CASE
      WHEN $3::uuid IS NULL THEN NULL
      WHEN $4 = 'tafel_requested' THEN o.type
      ELSE (SELECT r.requester_type FROM chain_event r
              WHERE r.case_id = c.id AND r.type = 'tafel_requested' AND r.data->>'tafelId' = $3::text
              ORDER BY r.occurred_at, r.seq LIMIT 1)
    END AS "requesterType",
    COALESCE(
      $5::uuid,
      (SELECT co.id FROM coordinator_assignment a
         JOIN app_user cu ON cu.id = a.user_id JOIN organisation co ON co.id = cu.organisation_id
        WHERE a.case_id = c.id AND a.ended_at IS NULL AND co.type = 'gi'),
      (SELECT g.gi_organisation_id FROM chain_event g
        WHERE g.case_id = c.id AND g.gi_organisation_id IS NOT NULL
        ORDER BY g.occurred_at DESC, g.seq DESC LIMIT 1)
    ) AS "giOrganisationId"
  FROM family_case c
  LEFT JOIN app_user u ON u.id = $2
  LEFT JOIN organisation o ON o.id = u.organisation_id
  WHERE c.id = $1`;

/** The keys of an event's data that hold a person's (user) or an organisation's id. */
const PERSON_KEYS = ['fromCoordinatorId', 'toCoordinatorId', 'coordinatorId', 'jeugdbeschermerId'] as const;
const ORGANISATION_KEYS = ['toOrganisationId', 'giOrganisationId'] as const;

/** The names of the people (with their organisation) and organisations among these ids: one query. */
const NAMES_SQL = `
  SELECT u.id, u.display_name AS name, o.name AS organisation, true AS person
    FROM app_user u LEFT JOIN organisation o ON o.id = u.organisation_id WHERE u.id = ANY($1::uuid[])
  UNION ALL
  SELECT o.id, o.name, NULL, false FROM organisation o WHERE o.id = ANY($2::uuid[])`;

function ids(data: object, keys: readonly string[]): string[] {
  const values: Partial<Record<string, unknown>> = data;
  return keys.map((k) => values[k]).filter((v): v is string => typeof v === 'string');
}

function pick<T>(keys: string[], from: ReadonlyMap<string, T>): Partial<Record<string, T>> {
  return Object.fromEntries(keys.flatMap((k) => (from.has(k) ? [[k, from.get(k) as T]] : [])));
}

function field(event: ChainEventBody, name: 'tafelId' | 'giOrganisationId'): string | null {
  const data: Partial<Record<string, unknown>> = event.data;
  const value = data[name];
  return typeof value === 'string' ? value : null;
}

/**
 * The append-only timeline of a case. Writes happen inside the caller's unit of work: each event is
 * checked against its type's schema, attributed (gemeente, organisation and role of the actor,
 * requester type, GI — as they are at that moment), projected into the read models that register
 * with `ChainProjections` in the same transaction, and published after commit.
 */
@Injectable()
export class ChainEventsService {
  constructor(
    @InjectRepository(ChainEventEntity) private readonly events: Repository<ChainEventEntity>,
    private readonly projections: ChainProjections,
  ) {}

  async record(
    uow: UnitOfWork,
    caseId: string,
    event: ChainEventBody,
    actorId: string | null,
    occurredAt = new Date(),
  ): Promise<void> {
    assertChainEvent(event);
    const [attribution] = await uow.manager.query<ChainEventAttribution[]>(ATTRIBUTION_SQL, [
      caseId,
      actorId,
      field(event, 'tafelId'),
      event.type,
      field(event, 'giOrganisationId'),
    ]);
    if (!attribution) throw new Error(`No case ${caseId} to record ${event.type} on`);
    const inserted = await uow.manager.insert(ChainEventEntity, {
      caseId,
      ...event,
      actorId,
      occurredAt,
      ...attribution,
    });
    const id = (inserted.identifiers[0] as { id: string }).id;
    await this.projections.apply(uow, { id, caseId, occurredAt, ...event, attribution });
    uow.publish('chain.recorded', {
      caseId,
      event: { id, occurredAt: occurredAt.toISOString(), actorId, ...event, attribution },
    });
  }

  async list(caseId: string): Promise<ChainEvent[]> {
    const rows = await this.events
      .createQueryBuilder('e')
      .leftJoin('app_user', 'u', 'u.id = e.actor_id')
      .select('e')
      .addSelect('u.display_name', 'actor')
      .where('e.case_id = :caseId', { caseId })
      .orderBy('e.occurred_at', 'DESC')
      .addOrderBy('e.seq', 'DESC')
      .getRawAndEntities();
    const names = await this.names(rows.entities.map((e) => e.data));
    return rows.entities.map((e, i) => ({
      id: e.id,
      ...({ type: e.type, data: e.data } as ChainEventBody),
      occurredAt: e.occurredAt.toISOString(),
      actor: (rows.raw[i] as { actor: string | null }).actor,
      attribution: {
        gemeente: e.gemeente,
        organisationId: e.organisationId,
        actorRole: e.actorRole,
        requesterType: e.requesterType,
        giOrganisationId: e.giOrganisationId,
      },
      names: {
        people: pick(ids(e.data, PERSON_KEYS), names.people),
        organisations: pick(ids(e.data, ORGANISATION_KEYS), names.organisations),
      } satisfies ChainEventNames,
    }));
  }

  /** The people (with their organisation) and the organisations the events refer to, by id. */
  private async names(data: object[]) {
    const people = [...new Set(data.flatMap((d) => ids(d, PERSON_KEYS)))];
    const organisations = [...new Set(data.flatMap((d) => ids(d, ORGANISATION_KEYS)))];
    const rows =
      people.length || organisations.length
        ? await this.events.manager.query<
            { id: string; name: string; organisation: string | null; person: boolean }[]
          >(NAMES_SQL, [people, organisations])
        : [];
    return {
      people: new Map(
        rows.filter((r) => r.person).map((r) => [r.id, { name: r.name, organisation: r.organisation }]),
      ),
      organisations: new Map(rows.filter((r) => !r.person).map((r) => [r.id, r.name])),
    };
  }
}
