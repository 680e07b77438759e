import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { HOUSEKEEPING_BATCH, HOUSEKEEPING_EVERY_MS, daysBefore, deleteInBatches } from '../jobs/housekeeping';
import { JobsService } from '../jobs/jobs.service';

export const AUTH_HOUSEKEEPING = 'auth.housekeeping';

export interface AuthHousekeepingResult {
  loginAttempts: number;
  sessions: number;
  recoveryCodes: number;
}

/**
 * Storage limitation for the auth module's own tables, every day: what a login leaves behind holds
 * personal data (IP addresses, user agents, when someone logged in) and is kept only for the window of
 * a security review, `LOGIN_HISTORY_DAYS` (90): failed login attempts (the rate limit itself looks back
 * 15 minutes), sessions whose absolute end (`expires_at`, at most `SESSION_MAX_HOURS` after the login)
 * lies further back — whether they were logged out, idle or expired, they ended before it — and used
 * recovery codes (a deleted code can no more be used than a used one). Open sessions and unused codes
 * stay. The access log (NEN 7513) is not this module's and is never touched.
 */
@Injectable()
export class AuthHousekeepingService implements OnModuleInit {
  private readonly logger = new Logger('Housekeeping');

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.recurring(AUTH_HOUSEKEEPING, HOUSEKEEPING_EVERY_MS, async (_payload, now) => {
      await this.run(now);
    });
  }

  async run(now: Date, batch = HOUSEKEEPING_BATCH): Promise<AuthHousekeepingResult> {
    const before = [daysBefore(now, this.config.loginHistoryDays)];
    const result: AuthHousekeepingResult = {
      loginAttempts: await deleteInBatches(
        this.dataSource,
        'login_attempt',
        'occurred_at < $1',
        before,
        batch,
      ),
      sessions: await deleteInBatches(this.dataSource, 'session', 'expires_at < $1', before, batch),
      recoveryCodes: await deleteInBatches(this.dataSource, 'recovery_code', 'used_at < $1', before, batch),
    };
    const total = result.loginAttempts + result.sessions + result.recoveryCodes;
    if (total > 0)
      this.logger.log(
        `Deleted ${result.loginAttempts} login attempts, ${result.sessions} sessions and ${result.recoveryCodes} used recovery codes`,
      );
    return result;
  }
}
