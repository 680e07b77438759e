import type { OutgoingMail } from '../mail/mail.service';

const until = (date: Date) =>
  date.toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' });

/**
 * The invitation e-mail. Neutral by design, like every Tafel mail: no names, no case number, no
 * family name — only that an account is ready, the link and until when it works.
 */
export function invitationMail(to: string, link: string, expiresAt: Date): OutgoingMail {
  const text = [
    'Goedendag,',
    '',
    'Er staat een account voor u klaar in Tafel.',
    'Met de link hieronder maakt u uw account af. De link werkt één keer.',
    '',
    link,
    '',
    `De link is geldig tot ${until(expiresAt)}.`,
    'Heeft u deze e-mail niet verwacht? Dan hoeft u niets te doen.',
    '',
    'Dit bericht is automatisch verstuurd door Tafel.',
  ].join('\n');
  return { to, subject: 'Uw account voor Tafel', text };
}
