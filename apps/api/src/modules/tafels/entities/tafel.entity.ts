import { Column, Entity, ForeignKey, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ChildHeard, Decision, MomentType, ParentsView, TafelStatus } from '@tafel/shared/contracts';
import { HOLDS_SLOT_SQL } from '../tafel-status';
import { SittingEntity } from './sitting.entity';

/** One tafel session about one case: from the request to the decision. */
@Entity('tafel')
@Index(['caseId', 'requestedAt'])
@Index('uq_tafel_slot', ['sittingId', 'startsAt'], {
  unique: true,
  where: `"status" IN (${HOLDS_SLOT_SQL})`,
})
export class TafelEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The case, owned by the cases module: a foreign key by table name, no relation to its entity. */
  @ForeignKey('family_case', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'varchar', length: 16 })
  momentType: MomentType;

  @Column({ type: 'varchar', length: 16, default: 'requested' })
  status: TafelStatus;

  @Column({ type: 'uuid' })
  requestedById: string;

  @Column({ type: 'timestamptz' })
  requestedAt: Date;

  /** A herbespreking made by a drang decision: the date it should be held. */
  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  /**
   * The tafel whose decision asked for this one (the herbespreking of a drang decision); then
   * `requestedById` is the chair who recorded that decision. Null: a professional asked for it.
   */
  @ForeignKey('tafel', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  followsTafelId: string | null;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'text', nullable: true })
  voluntaryHelpTried: string | null;

  @Column({ type: 'boolean', nullable: true })
  familiegroepsplanOffered: boolean | null;

  @Column({ type: 'text', nullable: true })
  parentsReaction: string | null;

  @Column({ type: 'text', nullable: true })
  parentsUnreachableReason: string | null;

  @Column({ type: 'boolean' })
  consentToShare: boolean;

  @ManyToOne(() => SittingEntity, { nullable: true, onDelete: 'RESTRICT' })
  sitting: SittingEntity | null;

  @Column({ type: 'uuid', nullable: true })
  sittingId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  startsAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  endsAt: Date | null;

  /** iCalendar SEQUENCE: raised on every change of the invitation. */
  @Column({ type: 'integer', default: 0 })
  sequence: number;

  @Column({ type: 'text', nullable: true })
  cancelReason: string | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  childHeard: ChildHeard | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  decision: Decision | null;

  @Column({ type: 'text', nullable: true })
  decisionRationale: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  parentsView: ParentsView | null;

  @Column({ type: 'text', nullable: true })
  parentsViewText: string | null;

  @Column({ type: 'date', nullable: true })
  conditionsDeadline: string | null;

  @Column({ type: 'uuid', nullable: true })
  giOrganisationId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;
}
