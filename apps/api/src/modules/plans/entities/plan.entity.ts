import { Column, Entity, ForeignKey, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { PlanAgreement, PlanGoal, PlanSections } from '@tafel/shared/contracts';

/** The one plan of a case: its current draft. Published versions live in plan_version. */
@Entity('plan')
export class PlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The case (cases module): a foreign key by table name, no relation to its entity. */
  @ForeignKey('family_case', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', unique: true })
  caseId: string;

  /** Optimistic lock: raised by every save of the draft. */
  @Column({ type: 'int', default: 0 })
  revision: number;

  @Column({ type: 'jsonb' })
  sections: PlanSections;

  /** The goals, in order, each with a stable id that agreements (here and at tafels) name. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  goals: PlanGoal[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  agreements: PlanAgreement[];

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
