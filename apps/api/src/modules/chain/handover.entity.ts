import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { HandoverStatus } from '@tafel/shared/contracts';

/**
 * An overdracht of a case from one organisation to another (to a GI, or back to a wijkteam). At most
 * one is open (`sent`) per case; until it is accepted the sender keeps regie.
 */
@Entity('handover')
@Index('uq_handover_open', ['caseId'], { unique: true, where: `"status" = 'sent'` })
export class HandoverEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'uuid', nullable: true })
  fromOrganisationId: string | null;

  @Index()
  @Column({ type: 'uuid' })
  toOrganisationId: string;

  @Column({ type: 'varchar', length: 16 })
  status: HandoverStatus;

  @Column({ type: 'timestamptz' })
  sentAt: Date;

  @Column({ type: 'uuid' })
  sentById: string;

  /** The tafel whose decision (`handover_to_gi`) sent it; null: sent by the coordinator. */
  @Column({ type: 'uuid', nullable: true })
  tafelId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  /** Why it was returned. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason: string | null;
}
