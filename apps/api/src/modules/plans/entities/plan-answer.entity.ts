import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PlanAnswerKind, PlanSection } from '@tafel/shared/contracts';

/** A family member's answer to one section of one published version; one each, never changed. */
@Entity('plan_answer')
@Index(['versionId', 'section', 'memberId'], { unique: true })
export class PlanAnswerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('plan_version', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  versionId: string;

  @Index()
  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'varchar', length: 24 })
  section: PlanSection;

  /** The person of the case (cases module) who answered. */
  @ForeignKey('case_member', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  memberId: string;

  @Column({ type: 'varchar', length: 8 })
  answer: PlanAnswerKind;

  /** The zienswijze (disagree) or the child's own view. */
  @Column({ type: 'text', nullable: true })
  text: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  answeredAt: Date;
}
