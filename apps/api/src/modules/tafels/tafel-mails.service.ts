import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CasesApi } from '../cases/cases.api';
import { JobsService } from '../jobs/jobs.service';
import { icalInvitation } from '../mail/ical';
import { MailService } from '../mail/mail.service';
import { UserEntity } from '../users/user.entity';
import { SittingEntity } from './entities/sitting.entity';
import { TafelParticipantEntity } from './entities/tafel-participant.entity';
import { TafelEntity } from './entities/tafel.entity';
import { seatAccount } from './tafel.mapper';
import { tafelAllows } from './tafel-status';

export const TAFEL_JOBS = {
  invite: 'tafel.invite',
  reminder: 'tafel.reminder',
  cancel: 'tafel.cancel',
} as const;
export const tafelJobGroup = (tafelId: string) => `tafel:${tafelId}`;

type MailKind = keyof typeof TAFEL_JOBS;

const TZ = 'Europe/Amsterdam';
/** "dinsdag 14 april 2026" in Dutch time. */
export const dutchDay = (d: Date) =>
  d.toLocaleDateString('nl-NL', {
    timeZone: TZ,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
const time = (d: Date) => d.toLocaleTimeString('nl-NL', { timeZone: TZ, hour: '2-digit', minute: '2-digit' });

/**
 * Invitations, reminders and cancellations by e-mail with an iCalendar attachment. Neutral by
 * design: no names of children, no case content — only when, where and a link that needs login.
 */
@Injectable()
export class TafelMailsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly cases: CasesApi,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    for (const kind of Object.keys(TAFEL_JOBS) as MailKind[]) {
      this.jobs.register(TAFEL_JOBS[kind], (payload) =>
        this.send(kind, payload['tafelId'] as string, payload['sequence'] as number),
      );
    }
  }

  private async send(kind: MailKind, tafelId: string, sequence: number): Promise<void> {
    const manager = this.dataSource.manager;
    const tafel = await manager.findOneBy(TafelEntity, { id: tafelId });
    // A later change superseded this job (a newer SEQUENCE will be or was sent).
    if (!tafel || tafel.sequence !== sequence || !tafel.startsAt || !tafel.endsAt || !tafel.sittingId) return;
    if (kind !== 'cancel' && !tafelAllows(tafel.status, 'mail')) return;
    const sitting = await manager.findOneByOrFail(SittingEntity, { id: tafel.sittingId });
    const participants = await manager.findBy(TafelParticipantEntity, { tafelId });
    const members = await this.cases.membersById(
      manager,
      participants.flatMap((p) => (p.memberId ? [p.memberId] : [])),
    );
    const invited = participants
      .filter((p) => p.invitation !== 'not_invited')
      .map((p) => seatAccount({ ...p, member: p.memberId ? members.get(p.memberId) : undefined }))
      .filter((id): id is string => id !== null);
    const recipients = await manager.findBy(UserEntity, { id: In(invited), active: true });
    const url = `${this.config.appUrl}/tafels/${tafelId}`;
    const when = `${dutchDay(tafel.startsAt)}, ${time(tafel.startsAt)}–${time(tafel.endsAt)}`;
    const subject = {
      invite: `Uitnodiging gesprek ${dutchDay(tafel.startsAt)}`,
      reminder: `Herinnering: gesprek ${dutchDay(tafel.startsAt)}`,
      cancel: `Gesprek ${dutchDay(tafel.startsAt)} gaat niet door`,
    }[kind];
    const opening = {
      invite: 'U bent uitgenodigd voor een gesprek.',
      reminder: 'Dit is een herinnering aan uw gesprek van morgen.',
      cancel: 'Het gesprek hieronder gaat niet door.',
    }[kind];
    for (const recipient of recipients) {
      const text = [
        'Goedendag,',
        '',
        opening,
        '',
        `Wanneer: ${when}`,
        `Waar: ${sitting.location}`,
        '',
        `Meer informatie na inloggen: ${url}`,
        '',
        'Dit bericht is automatisch verstuurd door Tafel.',
      ].join('\n');
      const calendar = icalInvitation({
        method: kind === 'cancel' ? 'CANCEL' : 'REQUEST',
        uid: `tafel-${tafelId}@tafel.example`,
        sequence,
        start: tafel.startsAt,
        end: tafel.endsAt,
        summary: 'Gesprek',
        location: sitting.location,
        description: `Meer informatie na inloggen: ${url}`,
        url,
        organizerEmail: 'noreply@tafel.example',
        attendeeEmail: recipient.email,
      });
      await this.mail.send({
        to: recipient.email,
        subject,
        text,
        calendar: { method: kind === 'cancel' ? 'CANCEL' : 'REQUEST', content: calendar },
      });
    }
  }
}
