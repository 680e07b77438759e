import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ChainEventType } from '@tafel/shared/contracts';
import { FamilyCaseEntity } from './family-case.entity';

export type ChainEventData = Record<string, string | number | boolean | null>;

/** An immutable timestamp on a case's timeline; append-only by trigger. Feeds the ketenmonitor. */
@Entity('chain_event')
@Index(['caseId', 'occurredAt'])
export class ChainEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => FamilyCaseEntity, { onDelete: 'RESTRICT' })
  case: FamilyCaseEntity;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'varchar', length: 48 })
  type: ChainEventType;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'jsonb', default: {} })
  data: ChainEventData;
}
