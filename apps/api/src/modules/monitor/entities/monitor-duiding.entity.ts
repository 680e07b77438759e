import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The regional auditor's short written reading ("duiding") of one period's figures. */
@Entity('monitor_duiding')
export class MonitorDuidingEntity {
  /** `2026-03`, `2026-Q1` or `2026`. */
  @PrimaryColumn({ type: 'varchar', length: 7 })
  period: string;

  @Column({ type: 'varchar', length: 2000 })
  text: string;

  @Column({ type: 'uuid' })
  updatedBy: string;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}
