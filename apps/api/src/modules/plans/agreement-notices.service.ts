import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isProfessionalRole } from '@tafel/shared/contracts';
import { Transactions } from '../../common/events/unit-of-work';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CasesApi } from '../cases/cases.api';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import { UserEntity } from '../users/user.entity';
import { AgreementNoticeState } from './entities/agreement-notice.entity';
import { FamilyAgreementsService } from './family-agreements.service';

export const AGREEMENT_JOBS = { scan: 'agreements.scan', notify: 'agreements.notify' } as const;

const DAY_MS = 86_400_000;

const SUBJECT: Record<AgreementNoticeState, string> = {
  due_soon: 'Een afspraak moet binnenkort klaar zijn',
  overdue: 'Een afspraak is over de datum',
};

/**
 * Tells the owner of an agreement (when they have an account) and the family's coordinator that it
 * is due within a week or overdue: a daily scan by the job runner records each agreement and state
 * once in `agreement_notice` (the insert that wins sends, in the same transaction as the mail job),
 * so a restart or a second instance never mails twice. The mail has no content: a neutral line and
 * a link that needs login.
 */
@Injectable()
export class AgreementNoticesService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly cases: CasesApi,
    private readonly agreements: FamilyAgreementsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.recurring(AGREEMENT_JOBS.scan, DAY_MS, (_payload, now) => this.scan(now));
    this.jobs.register(AGREEMENT_JOBS.notify, (payload) =>
      this.notify(
        payload['caseId'] as string,
        payload['ownerUserId'] as string | null,
        payload['state'] as AgreementNoticeState,
      ),
    );
  }

  /** Records and enqueues a notice for every agreement that entered a state not yet notified. */
  async scan(now: Date): Promise<void> {
    await this.transactions.run(async ({ manager }) => {
      for (const { caseId, ownerUserId, agreement } of await this.agreements.dueOrOverdue(manager, now)) {
        const state: AgreementNoticeState = agreement.overdue ? 'overdue' : 'due_soon';
        const won: unknown[] = await manager.query(
          `INSERT INTO agreement_notice (case_id, agreement_id, state) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING RETURNING case_id`,
          [caseId, agreement.id, state],
        );
        if (won.length === 0) continue;
        await this.jobs.enqueue(manager, AGREEMENT_JOBS.notify, { caseId, ownerUserId, state }, now);
      }
    });
  }

  private async notify(caseId: string, ownerUserId: string | null, state: AgreementNoticeState) {
    const manager = this.dataSource.manager;
    const coordinatorId = await this.cases.activeCoordinatorId(manager, caseId);
    const ids = [...new Set([ownerUserId, coordinatorId].filter((id): id is string => !!id))];
    for (const id of ids) {
      const user = await manager.findOneBy(UserEntity, { id, active: true });
      if (!user) continue;
      const page = isProfessionalRole(user.role) ? 'mijn-gezinnen' : 'mijn-gezin';
      await this.mail.send({
        to: user.email,
        subject: SUBJECT[state],
        text: [
          state === 'overdue'
            ? 'Er is een afspraak waarvan de datum voorbij is.'
            : 'Er is een afspraak die binnen een week klaar moet zijn.',
          '',
          `Log in om te zien welke afspraak het is: ${this.config.appUrl}/${page}`,
        ].join('\n'),
      });
    }
  }
}
