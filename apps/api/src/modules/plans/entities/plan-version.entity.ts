import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PlanAgreement, PlanGoal, PlanSections, RegieMode } from '@tafel/shared/contracts';

/** A published version: immutable (a trigger refuses UPDATE and DELETE), numbered, hashed. */
@Entity('plan_version')
@Index(['caseId', 'number'], { unique: true })
export class PlanVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('family_case', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'int' })
  number: number;

  /**
   * As published. A version published before plans had goals keeps its free text under `goals` here
   * (the hash covers it); the goals migration copied that text into `goals` below.
   */
  @Column({ type: 'jsonb' })
  sections: PlanSections;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  goals: PlanGoal[];

  @Column({ type: 'jsonb' })
  agreements: PlanAgreement[];

  /** The regie when published; under `professional` the safety goals are not negotiable. */
  @Column({ type: 'varchar', length: 16 })
  regieMode: RegieMode;

  @Column({ type: 'text', nullable: true })
  regieReason: string | null;

  /** SHA-256 (hex) of the canonical JSON of number, sections, goals and agreements (plan.mapper.ts). */
  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'uuid' })
  publishedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  publishedAt: Date;
}
