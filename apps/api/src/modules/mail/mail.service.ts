import { Inject, Injectable, Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
}

/**
 * What became of a mail: `sent` through SMTP; `logged` — the demo without SMTP writes it to the log
 * (Tafel's mails are neutral, the demo's people fictional); `dropped` — outside the demo without SMTP
 * only its subject is logged: a link in a mail is not for the log.
 */
export type MailOutcome = 'sent' | 'logged' | 'dropped';

/** Sends mail through SMTP. Mails carry no case content; see tafel-mails.ts for what they say. */
@Injectable()
export class MailService {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  async send(mail: OutgoingMail): Promise<MailOutcome> {
    if (!this.transport && this.config.demo) {
      this.logger.log(`SMTP_URL not set (demo): not sending "${mail.subject}", which reads:\n${mail.text}`);
      return 'logged';
    }
    if (!this.transport) {
      this.logger.log(`SMTP_URL not set: not sending "${mail.subject}"`);
      return 'dropped';
    }
    await this.transport.sendMail({
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.calendar
        ? {
            icalEvent: {
              method: mail.calendar.method,
              content: mail.calendar.content,
              filename: 'uitnodiging.ics',
            },
          }
        : {}),
    });
    return 'sent';
  }
}
