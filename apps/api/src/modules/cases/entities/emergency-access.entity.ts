import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../users/user.entity';
import { FamilyCaseEntity } from './family-case.entity';

/** Break the glass: time-limited access to a case without membership, with a reason, reviewed later. */
@Entity('emergency_access')
@Index(['userId', 'caseId', 'expiresAt'])
export class EmergencyAccessEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => FamilyCaseEntity, { onDelete: 'RESTRICT' })
  case: FamilyCaseEntity;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  user: UserEntity;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'timestamptz' })
  grantedAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedById: string | null;

  @Column({ type: 'text', nullable: true })
  reviewNote: string | null;
}
