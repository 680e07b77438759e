import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ChainPhase, Gemeente, RegieMode } from '@tafel/shared/contracts';

/** One family (gezin / casus): one plan, one coordinator. */
@Entity('family_case')
export class FamilyCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 32, unique: true })
  caseNumber: string;

  @Column({ type: 'varchar', length: 200 })
  familyName: string;

  /** Gemeente of residence: drives audit. */
  @Column({ type: 'varchar', length: 64 })
  gemeente: Gemeente;

  @Column({ type: 'varchar', length: 32, default: 'signal' })
  phase: ChainPhase;

  @Column({ type: 'varchar', length: 16, default: 'family' })
  regieMode: RegieMode;

  /** The Dutch calendar day the case was closed; null while it is open. */
  @Column({ type: 'date', nullable: true })
  closedOn: string | null;

  /** The end of its retention term (bewaartermijn), fixed when it closes; null while it is open. */
  @Column({ type: 'date', nullable: true })
  retainUntil: string | null;

  /** When the administrators were told the term had passed (once per closing). */
  @Column({ type: 'timestamptz', nullable: true })
  retentionNotifiedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
