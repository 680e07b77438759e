import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { HOUSEKEEPING_BATCH, HOUSEKEEPING_EVERY_MS, daysBefore, deleteInBatches } from './housekeeping';
import { JobsService } from './jobs.service';

export const JOBS_HOUSEKEEPING = 'jobs.housekeeping';

/**
 * Storage limitation for the job queue: a finished job is a row with nothing left to do. Every day
 * the jobs that are done or cancelled for more than `JOB_HISTORY_DAYS` (30) go, and those that failed
 * (given up after five attempts) after `FAILED_JOB_HISTORY_DAYS` (90), so a mail that never left can
 * still be traced when someone asks about it weeks later. A pending or running job is never touched.
 * A job's `run_at` dates it: when it last ran (done, failed), or when it would have run (cancelled).
 */
@Injectable()
export class JobsHousekeepingService implements OnModuleInit {
  private readonly logger = new Logger('Housekeeping');

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.recurring(JOBS_HOUSEKEEPING, HOUSEKEEPING_EVERY_MS, async (_payload, now) => {
      await this.run(now);
    });
  }

  async run(now: Date, batch = HOUSEKEEPING_BATCH): Promise<{ finished: number; failed: number }> {
    const finished = await deleteInBatches(
      this.dataSource,
      'job',
      `status IN ('done', 'cancelled') AND run_at < $1`,
      [daysBefore(now, this.config.jobHistoryDays)],
      batch,
    );
    const failed = await deleteInBatches(
      this.dataSource,
      'job',
      `status = 'failed' AND run_at < $1`,
      [daysBefore(now, this.config.failedJobHistoryDays)],
      batch,
    );
    if (finished + failed > 0) this.logger.log(`Deleted ${finished} finished and ${failed} failed jobs`);
    return { finished, failed };
  }
}
