import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CasesApi } from '../cases/cases.api';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import { TafelQueriesService } from '../tafels/tafel-queries.service';
import { UserEntity } from '../users/user.entity';

export const VERSLAG_JOBS = { adopted: 'verslag.adopted', reply: 'verslag.reply' } as const;

/**
 * The verslag by e-mail without content (durable jobs): its adoption to every invited participant
 * with an account, a family member's reaction to the coordinator. Only a link that needs login.
 */
@Injectable()
export class VerslagMailsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly queries: TafelQueriesService,
    private readonly cases: CasesApi,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(VERSLAG_JOBS.adopted, (p) => this.adopted(p['tafelId'] as string));
    this.jobs.register(VERSLAG_JOBS.reply, (p) => this.reply(p['tafelId'] as string, p['caseId'] as string));
  }

  private async adopted(tafelId: string): Promise<void> {
    const tafel = await this.queries.detail(this.dataSource.manager, tafelId);
    const ids = tafel.participants
      .filter((p) => p.userId && p.invitation !== 'not_invited')
      .map((p) => p.userId as string);
    await this.send(ids, 'Het verslag van uw gesprek staat klaar', [
      'Het verslag van het gesprek waaraan u deelnam is vastgesteld.',
      'U kunt het lezen en erop reageren na inloggen:',
      `${this.config.appUrl}/tafels/${tafelId}/verslag`,
    ]);
  }

  private async reply(tafelId: string, caseId: string): Promise<void> {
    const coordinatorId = await this.cases.activeCoordinatorId(this.dataSource.manager, caseId);
    if (!coordinatorId) return;
    await this.send([coordinatorId], 'Nieuwe reactie op een verslag', [
      'Een familielid heeft gereageerd op een vastgesteld verslag.',
      `Lees de reactie na inloggen: ${this.config.appUrl}/tafels/${tafelId}/verslag`,
    ]);
  }

  private async send(userIds: string[], subject: string, lines: string[]): Promise<void> {
    if (userIds.length === 0) return;
    const users = await this.dataSource.manager.findBy(UserEntity, { id: In(userIds), active: true });
    for (const user of users) {
      const text = ['Goedendag,', '', ...lines, '', 'Dit bericht is automatisch verstuurd door Tafel.'];
      await this.mail.send({ to: user.email, subject, text: text.join('\n') });
    }
  }
}
