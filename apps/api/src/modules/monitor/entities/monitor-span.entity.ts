import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One measured span of a duration or cohort metric (start event → end event), re-derived from the
 * case's events whenever one of them is recorded. The case id is the key that lets the projection
 * replace a case's spans; no query an auditor reaches selects it (the queries group, never list).
 */
@Entity('monitor_span')
// Every column a dashboard read groups or measures, after its filter (metric, month): the reads are
// index-only scans, instead of one heap page per span (spans of a year lie all over the table).
@Index(['metric', 'month', 'gemeente', 'gi', 'momentType', 'endAt', 'deadlineAt', 'duration'])
// The open spans, which the reads still count here (the ended ones are kept in `monitor_span_month`).
@Index('IDX_monitor_span_open', ['metric', 'month', 'gemeente', 'gi', 'momentType', 'deadlineAt'], {
  where: '"end_at" IS NULL',
})
export class MonitorSpanEntity {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @PrimaryColumn({ type: 'varchar', length: 48 })
  metric: string;

  /** The tafel for a per-tafel metric, '' for a per-case one. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  subject: string;

  @Column({ type: 'varchar', length: 64 })
  gemeente: string;

  @Column({ type: 'varchar', length: 36 })
  gi: string;

  @Column({ type: 'varchar', length: 16 })
  momentType: string;

  /** The month of the start event (Dutch time): periods are cut by the start event. */
  @Column({ type: 'date' })
  month: string;

  @Column({ type: 'timestamptz' })
  startAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deadlineAt: Date | null;

  @Column({ type: 'numeric', precision: 10, scale: 2, nullable: true })
  duration: string | null;
}
