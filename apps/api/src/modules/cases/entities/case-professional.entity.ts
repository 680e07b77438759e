import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../users/user.entity';
import { FamilyCaseEntity } from './family-case.entity';

/** A professional explicitly added to a case: need-to-know access while the membership lasts. */
@Entity('case_professional')
@Index('uq_case_professional_active', ['caseId', 'userId'], { unique: true, where: '"removed_at" IS NULL' })
export class CaseProfessionalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => FamilyCaseEntity, { onDelete: 'CASCADE' })
  case: FamilyCaseEntity;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  user: UserEntity;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'timestamptz' })
  addedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  removedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  addedById: string | null;
}
