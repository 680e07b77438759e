import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@tafel/shared/contracts';

/**
 * A single-use, expiring invitation to set up an account: for a parent or child of a case (`memberId`,
 * the account is created on acceptance), or for a staff account an administrator created (`userId`,
 * acceptance sets its password).
 */
@Entity('invitation')
@Check('CHK_invitation_for_one', '("member_id" IS NULL) <> ("user_id" IS NULL)')
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** SHA-256 of the token in the link; the token itself is never stored. */
  @Index({ unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  /** The person of the case (cases module): a foreign key by table name, no relation to its entity. */
  @ForeignKey('case_member', { onDelete: 'CASCADE' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  memberId: string | null;

  /** The staff account (created by an administrator) whose password the invitation sets. */
  @ForeignKey('app_user', { onDelete: 'CASCADE' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Column({ type: 'uuid' })
  invitedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
