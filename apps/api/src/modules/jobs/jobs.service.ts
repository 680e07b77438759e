import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { JobEntity } from './job.entity';

/** `now` is the runner's clock (the poller's, or the one a test passes to `runDue`). */
export type JobHandler = (payload: Record<string, unknown>, now: Date) => Promise<void>;

const RECURRING = 'recurring:';

const MAX_ATTEMPTS = 5;
const BATCH = 20;
/** A claimed job not finished by then (its instance died mid-run) is claimed again. */
const LEASE_MS = 10 * 60_000;

/**
 * A small durable job queue on Postgres: jobs are rows, claimed with SKIP LOCKED so several API
 * instances can poll at once; a restart loses nothing. A claim is a lease (run_at moves to the lease's
 * end): a job whose instance was killed mid-run is claimed again when the lease runs out, so it runs
 * at least once.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly handlers = new Map<string, JobHandler>();
  private readonly intervals = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  /**
   * A job that runs every `everyMs` (e.g. the daily agreements scan): the runner keeps exactly one
   * occurrence waiting (the partial unique index `uq_job_recurring`, so several instances never
   * double it), runs the first at bootstrap and schedules the next when one is done.
   */
  recurring(kind: string, everyMs: number, handler: JobHandler): void {
    this.register(kind, handler);
    this.intervals.set(kind, everyMs);
  }

  private async scheduleRecurring(manager: EntityManager, kind: string, runAt: Date): Promise<void> {
    await manager.query(
      `INSERT INTO job (kind, run_at, payload, group_key) VALUES ($1, $2, '{}', $3)
       ON CONFLICT (group_key) WHERE group_key LIKE 'recurring:%' AND status IN ('pending', 'running')
       DO NOTHING`,
      [kind, runAt, RECURRING + kind],
    );
  }

  async enqueue(
    manager: EntityManager,
    kind: string,
    payload: Record<string, unknown>,
    runAt = new Date(),
    groupKey: string | null = null,
  ): Promise<void> {
    await manager.save(manager.create(JobEntity, { kind, payload, runAt, groupKey }));
  }

  async cancelGroup(manager: EntityManager, groupKey: string, kind?: string): Promise<void> {
    await manager.update(
      JobEntity,
      { groupKey, status: 'pending', ...(kind ? { kind } : {}) },
      { status: 'cancelled' },
    );
  }

  /** Runs every job that is due; returns how many ran. Called by the poller and by tests. */
  async runDue(now = new Date()): Promise<number> {
    const claimed: JobEntity[] = await this.dataSource
      .query(
        `UPDATE job SET status = 'running', attempts = attempts + 1, run_at = $2
        WHERE id IN (SELECT id FROM job WHERE status IN ('pending', 'running') AND run_at <= $1
                      ORDER BY run_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING id, kind, payload, attempts`,
        [now, new Date(now.getTime() + LEASE_MS)],
      )
      .then(
        (rows: [JobEntity[], number] | JobEntity[]) =>
          (Array.isArray(rows[0]) ? rows[0] : rows) as JobEntity[],
      );
    for (const job of claimed) await this.execute(job, now);
    return claimed.length;
  }

  private async execute(job: JobEntity, now: Date): Promise<void> {
    const handler = this.handlers.get(job.kind);
    try {
      if (!handler) throw new Error(`no handler for ${job.kind}`);
      await handler(job.payload, now);
      const every = this.intervals.get(job.kind);
      await this.dataSource.transaction(async (manager) => {
        await manager.update(JobEntity, job.id, { status: 'done', lastError: null });
        if (every) await this.scheduleRecurring(manager, job.kind, new Date(now.getTime() + every));
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const retry = job.attempts < MAX_ATTEMPTS;
      const every = this.intervals.get(job.kind);
      this.logger.warn(`Job ${job.kind} ${job.id} failed (attempt ${job.attempts}): ${message}`);
      await this.dataSource.transaction(async (manager) => {
        await manager.update(JobEntity, job.id, {
          status: retry ? 'pending' : 'failed',
          runAt: new Date(now.getTime() + 2 ** job.attempts * 30_000),
          lastError: message.slice(0, 500),
        });
        // A recurring job that gave up still comes back at its next regular time.
        if (!retry && every) await this.scheduleRecurring(manager, job.kind, new Date(now.getTime() + every));
      });
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const kind of this.intervals.keys())
      await this.scheduleRecurring(this.dataSource.manager, kind, new Date());
    if (this.config.jobPollMs <= 0) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.runDue().finally(() => (this.running = null));
    }, this.config.jobPollMs);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
