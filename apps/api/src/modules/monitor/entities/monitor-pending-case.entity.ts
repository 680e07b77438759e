import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A case whose spans wait to be re-derived: the recording transaction adds a row (no content), the
 * span worker re-derives the case's spans from its events and removes exactly the rows it took, so a
 * mark added while it works is kept for its next round.
 */
@Entity('monitor_pending_case')
export class MonitorPendingCaseEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;
}
