import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type JobStatus = 'pending' | 'running' | 'done' | 'failed' | 'cancelled';

/** Work to do later (mails, reminders), kept in Postgres so it survives restarts. */
@Entity('job')
@Index(['status', 'runAt'])
/** A recurring job (group `recurring:<kind>`) is waiting or running at most once, across instances. */
@Index('uq_job_recurring', ['groupKey'], {
  unique: true,
  where: `"group_key" LIKE 'recurring:%' AND "status" IN ('pending', 'running')`,
})
export class JobEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 48 })
  kind: string;

  @Column({ type: 'timestamptz' })
  runAt: Date;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  /** Groups jobs that are cancelled together (e.g. the reminders of one tafel). */
  @Index()
  @Column({ type: 'varchar', length: 100, nullable: true })
  groupKey: string | null;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: JobStatus;

  @Column({ type: 'smallint', default: 0 })
  attempts: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
