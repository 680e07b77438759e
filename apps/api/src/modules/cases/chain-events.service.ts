import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { ChainEvent, ChainEventType } from '@tafel/shared/contracts';
import { ChainEventData, ChainEventEntity } from './entities/chain-event.entity';

/** The append-only timeline of a case. Writes happen inside the caller's transaction. */
@Injectable()
export class ChainEventsService {
  constructor(@InjectRepository(ChainEventEntity) private readonly events: Repository<ChainEventEntity>) {}

  async record(
    manager: EntityManager,
    caseId: string,
    type: ChainEventType,
    actorId: string | null,
    data: ChainEventData = {},
    occurredAt = new Date(),
  ): Promise<void> {
    await manager.insert(ChainEventEntity, { caseId, type, actorId, data, occurredAt });
  }

  async list(caseId: string): Promise<ChainEvent[]> {
    const rows = await this.events
      .createQueryBuilder('e')
      .leftJoin('app_user', 'u', 'u.id = e.actor_id')
      .select(['e.id AS id', 'e.type AS type', 'e.occurred_at AS "occurredAt"', 'e.data AS data'])
      .addSelect('u.display_name', 'actor')
      .where('e.case_id = :caseId', { caseId })
      .orderBy('e.occurred_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .getRawMany<{
        id: string;
        type: ChainEventType;
        occurredAt: Date;
        data: ChainEventData;
        actor: string | null;
      }>();
    return rows.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() }));
  }
}
