import { CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

export type AgreementNoticeState = 'due_soon' | 'overdue';

/**
 * That the owner and the coordinator were told an agreement is due soon or overdue: one row per
 * agreement and state, so each is notified once, across restarts and instances.
 */
@Entity('agreement_notice')
export class AgreementNoticeEntity {
  @ForeignKey('family_case', { onDelete: 'RESTRICT' })
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  /** The agreement's id in the family's one list (a tafel agreement's id, or `plan-<version>-<index>`). */
  @PrimaryColumn({ type: 'varchar', length: 80 })
  agreementId: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  state: AgreementNoticeState;

  @CreateDateColumn({ type: 'timestamptz' })
  notifiedAt: Date;
}
