import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PlanAgreement, PlanSections, RegieMode } from '@tafel/shared/contracts';

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

  @Column({ type: 'jsonb' })
  sections: PlanSections;

  @Column({ type: 'jsonb' })
  agreements: PlanAgreement[];

  /** The regie when published; under `professional` the safety goals are not negotiable. */
  @Column({ type: 'varchar', length: 16 })
  regieMode: RegieMode;

  @Column({ type: 'text', nullable: true })
  regieReason: string | null;

  /** SHA-256 (hex) of the canonical JSON of number, sections and agreements. */
  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'uuid' })
  publishedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  publishedAt: Date;
}
