import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The ended spans of one metric, gemeente, GI, moment type and month (`monitor_span`), kept: how many
 * fall in each bucket that no longer changes with time, and their durations in ascending order. An ended
 * span's bucket and duration are fixed, so a cold read of a year takes these few thousand rows instead of
 * grouping every span of the year (65,000 of one metric at 10M events); only the open spans, whose bucket
 * turns from `pending` to `beyond` when their deadline passes, are still counted from `monitor_span`.
 * Rewritten for the keys a span worker's batch touched (`refreshSpanMonths`); no row names a case.
 */
@Entity('monitor_span_month')
export class MonitorSpanMonthEntity {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  metric: string;

  @PrimaryColumn({ type: 'date' })
  month: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  gemeente: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  gi: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  momentType: string;

  /** Ended on or before the deadline. */
  @Column({ type: 'int' })
  within: number;

  /** Ended after the deadline. */
  @Column({ type: 'int' })
  beyond: number;

  /** Ended, for a metric without a deadline. */
  @Column({ type: 'int' })
  ended: number;

  /**
   * The durations of these spans, ascending, each as PostgreSQL's cast of the span's `numeric` to
   * `double precision` in its binary form (`float8send`: 8 bytes, big-endian): read as bytes, not as text
   * to format and parse (`doublesOf`).
   */
  @Column({ type: 'bytea' })
  durations: Buffer;
}
