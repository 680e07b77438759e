import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * How many events fell in one bucket of a count metric, per gemeente, GI, moment type and month
 * (the month of the event, Dutch time). No case, no person: only the number.
 */
@Entity('monitor_count')
// A stock's first and last month in two index probes (every read of the stock's table asks for them).
@Index('IDX_monitor_count_metric_month', ['metric', 'month'])
export class MonitorCountEntity {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  metric: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  gemeente: string;

  /** The GI organisation's id, or '' when the case was with none. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  gi: string;

  /** '' when the event is not about a tafel of a known moment type. */
  @PrimaryColumn({ type: 'varchar', length: 16 })
  momentType: string;

  @PrimaryColumn({ type: 'date' })
  month: string;

  @PrimaryColumn({ type: 'varchar', length: 48 })
  bucket: string;

  @Column({ type: 'integer' })
  n: number;
}
