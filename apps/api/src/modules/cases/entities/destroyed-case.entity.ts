import { Column, Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';
import type { Gemeente } from '@tafel/shared/contracts';

/**
 * The tombstone of a destroyed case: what is left to answer a later question (which case, whose
 * gemeente, when, by whom and why). No family content. Append-only by trigger.
 */
@Entity('destroyed_case')
@Unique('UQ_destroyed_case_number', ['caseNumber'])
export class DestroyedCaseEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_destroyed_case' })
  caseId: string;

  @Column({ type: 'varchar', length: 32 })
  caseNumber: string;

  @Column({ type: 'varchar', length: 64 })
  gemeente: Gemeente;

  @Column({ type: 'date' })
  closedOn: string;

  @Column({ type: 'date' })
  retainUntil: string;

  @Column({ type: 'timestamptz' })
  destroyedAt: Date;

  @ForeignKey('app_user', { onDelete: 'RESTRICT', name: 'FK_destroyed_case_by' })
  @Column({ type: 'uuid' })
  destroyedById: string;

  @Column({ type: 'text' })
  reason: string;
}
