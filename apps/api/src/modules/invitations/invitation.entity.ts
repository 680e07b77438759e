import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { InvitableRole } from '@tafel/shared/contracts';

/** A single-use, expiring invitation for a parent or child to set up their account. */
@Entity('invitation')
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
  @Column({ type: 'uuid' })
  memberId: string;

  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 16 })
  role: InvitableRole;

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
