import { join } from 'node:path';
import { createScratchDatabase } from '@tafel/api/testing';
import { startMailbox } from './mailbox';
import { newDataDir, startTafel, waitUntilUp } from './tafel-process';

/**
 * One running Tafel with demo data for all browser tests, with a real SMTP server for its mail.
 * With DATABASE_URL it runs on a fresh database next to it; otherwise on its own embedded
 * PostgreSQL, as `npm start` does.
 */
export default async function globalSetup(): Promise<void> {
  const external = process.env['DATABASE_URL'];
  const scratch = external ? await createScratchDatabase(external) : null;
  const dataDir = newDataDir();
  const mailDir = join(dataDir, 'mail');
  const mailbox = await startMailbox(mailDir);
  const { process: tafel, exited } = await startTafel(
    { SMTP_URL: mailbox.url, JOB_POLL_MS: '500', ...(scratch ? { DATABASE_URL: scratch.url } : {}) },
    dataDir,
  );
  await waitUntilUp(tafel, exited);
  process.env['E2E_BASE_URL'] = tafel.url;
  process.env['E2E_MAIL_DIR'] = mailDir;
  // For the few tests that move the database's clock for one session (e.g. a session about to end).
  process.env['E2E_DATABASE_URL'] = tafel.databaseUrl();
  (globalThis as { __tafel?: unknown }).__tafel = { tafel, scratch, mailbox };
}
