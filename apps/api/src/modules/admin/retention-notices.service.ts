import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Transactions } from '../../common/events/unit-of-work';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { RetentionService } from '../cases/retention/retention.service';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import { UserEntity } from '../users/user.entity';

export const RETENTION_JOBS = { scan: 'retention.scan', notify: 'retention.notify' } as const;

const DAY_MS = 86_400_000;

/**
 * Tells the functional administrators when closed cases pass their retention term: a daily scan
 * marks each such case once (`RetentionService.announcePassed`) and, in the same transaction,
 * enqueues one mail job with how many. The mail names no case; nothing is destroyed by itself —
 * destruction stays a human act, on the retention page.
 */
@Injectable()
export class RetentionNoticesService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly retention: RetentionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.recurring(RETENTION_JOBS.scan, DAY_MS, (_payload, now) => this.scan(now));
    this.jobs.register(RETENTION_JOBS.notify, (payload) => this.notify(payload['count'] as number));
  }

  async scan(now: Date): Promise<void> {
    await this.transactions.run(async ({ manager }) => {
      const count = await this.retention.announcePassed(manager, now);
      if (count > 0) await this.jobs.enqueue(manager, RETENTION_JOBS.notify, { count }, now);
    });
  }

  private async notify(count: number): Promise<void> {
    const admins = await this.dataSource.manager.findBy(UserEntity, { role: 'admin', active: true });
    for (const admin of admins)
      await this.mail.send({
        to: admin.email,
        subject: 'Dossiers voorbij de bewaartermijn',
        text: [
          count === 1
            ? 'Van 1 gesloten dossier is de bewaartermijn voorbij.'
            : `Van ${count} gesloten dossiers is de bewaartermijn voorbij.`,
          'Tafel vernietigt niets vanzelf: u beslist.',
          '',
          `Log in om de lijst te zien: ${this.config.appUrl}/beheer/bewaartermijnen`,
        ].join('\n'),
      });
  }
}
