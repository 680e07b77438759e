import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../users/user.entity';
import { FamilyCaseEntity } from './family-case.entity';

/** The history of coordinators of a case. The partial unique index makes "one active coordinator" a database fact. */
@Entity('coordinator_assignment')
@Index('uq_coordinator_assignment_active', ['caseId'], { unique: true, where: '"ended_at" IS NULL' })
export class CoordinatorAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => FamilyCaseEntity, { onDelete: 'CASCADE' })
  case: FamilyCaseEntity;

  @Index()
  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  user: UserEntity;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  @Column({ type: 'uuid', nullable: true })
  assignedById: string | null;
}
