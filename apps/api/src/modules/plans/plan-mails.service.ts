import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CasesApi } from '../cases/cases.api';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import { UserEntity } from '../users/user.entity';

export const PLAN_JOBS = { published: 'plan.published' } as const;

/** Tells the family by e-mail that a new version of their plan is there. No content: a link that needs login. */
@Injectable()
export class PlanMailsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly cases: CasesApi,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(PLAN_JOBS.published, (payload) => this.published(payload['caseId'] as string));
  }

  private async published(caseId: string): Promise<void> {
    const manager = this.dataSource.manager;
    const members = await this.cases.members(manager, caseId);
    const userIds = members.filter((m) => m.kind !== 'network' && m.userId).map((m) => m.userId as string);
    if (!userIds.length) return;
    const recipients = await manager.findBy(UserEntity, { id: In(userIds), active: true });
    for (const recipient of recipients) {
      await this.mail.send({
        to: recipient.email,
        subject: 'Er staat een nieuwe versie van uw gezinsplan klaar',
        text: [
          'Er staat een nieuwe versie van het gezinsplan voor u klaar.',
          'U kunt het lezen en laten weten wat u ervan vindt.',
          '',
          `Log in om het te lezen: ${this.config.appUrl}/mijn-gezin`,
        ].join('\n'),
      });
    }
  }
}
