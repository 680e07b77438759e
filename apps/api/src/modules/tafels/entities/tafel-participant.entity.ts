import { Column, Entity, ForeignKey, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Attendance, InvitationStatus, TafelRole } from '@tafel/shared/contracts';
import { UserEntity } from '../../users/user.entity';
import { TafelEntity } from './tafel.entity';

/** Someone at (or invited to) a tafel: a professional by account, a family member by membership. */
@Entity('tafel_participant')
@Index('uq_tafel_participant_user', ['tafelId', 'userId'], { unique: true, where: '"user_id" IS NOT NULL' })
@Index('uq_tafel_participant_member', ['tafelId', 'memberId'], {
  unique: true,
  where: '"member_id" IS NOT NULL',
})
export class TafelParticipantEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => TafelEntity, { onDelete: 'CASCADE' })
  tafel: TafelEntity;

  @Column({ type: 'uuid' })
  tafelId: string;

  @Column({ type: 'varchar', length: 16 })
  role: TafelRole;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'RESTRICT' })
  user: UserEntity | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  /** A person of the case (cases module): a foreign key by table name, no relation to its entity. */
  @ForeignKey('case_member', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  memberId: string | null;

  @Column({ type: 'varchar', length: 16, default: 'invited' })
  invitation: InvitationStatus;

  @Column({ type: 'text', nullable: true })
  notInvitedReason: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  attendance: Attendance | null;

  @Column({ type: 'text', nullable: true })
  absenceReason: string | null;

  /** The participant's own reason with "Ik kom niet" (DECLINE_REASON_MAX_LENGTH). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  declineReason: string | null;

  @Column({ type: 'boolean', default: false })
  wantsOtherMoment: boolean;

  @Column({ type: 'uuid', nullable: true })
  confidantForMemberId: string | null;
}
