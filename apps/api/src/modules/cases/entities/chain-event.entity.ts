import { Column, Entity, Generated, Index, PrimaryGeneratedColumn } from 'typeorm';
import type {
  ChainEventPayloads,
  ChainEventType,
  Gemeente,
  OrganisationType,
  Role,
} from '@tafel/shared/contracts';

/** An immutable timestamp on a case's timeline; append-only by trigger. Feeds the ketenmonitor. */
@Entity('chain_event')
@Index(['caseId', 'occurredAt'])
export class ChainEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** No foreign key: the events of a destroyed case stay (see destroyed_case) for the ketenmonitor. */
  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'varchar', length: 48 })
  type: ChainEventType;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  /**
   * The order of recording (its own sequence): events of the same instant keep it. Every reader
   * that lists events in order sorts by (`occurredAt`, `seq`).
   */
  @Column({ type: 'bigint' })
  @Generated('increment')
  seq: string;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /** The payload of this type, checked on write (`chain-event.schema.ts`). */
  @Column({ type: 'jsonb', default: {} })
  data: ChainEventPayloads[ChainEventType];

  /** Attribution as it was when the event happened: the case's gemeente then. */
  @Column({ type: 'varchar', length: 64 })
  gemeente: Gemeente;

  /** The organisation of who recorded it, then. */
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  actorRole: Role | null;

  /** For events about a tafel: the organisation type of who requested it. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  requesterType: OrganisationType | null;

  /** The GI the case is with, when it is with one. */
  @Column({ type: 'uuid', nullable: true })
  giOrganisationId: string | null;
}
