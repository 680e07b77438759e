import { join } from 'node:path';
import { createScratchDatabase } from '@tafel/api/testing';
import { startMailbox } from './mailbox';
import { newDataDir, startTafel, waitUntilUp } from './tafel-process';
import { WORKER_TAFELS_ENV, WorkerTafel } from './worker-tafel';

/**
 * A running Tafel with demo data for each jest worker (workerTafel), each with a real SMTP server for
 * its mail. With DATABASE_URL it runs on a fresh database next to it; otherwise on its own embedded
 * PostgreSQL, as `npm start` does.
 */
async function startWorkerTafel() {
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
  const worker: WorkerTafel = { baseUrl: tafel.url, mailDir, databaseUrl: tafel.databaseUrl() };
  return { tafel, scratch, mailbox, worker };
}

export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  const started = await Promise.all(Array.from({ length: globalConfig.maxWorkers }, startWorkerTafel));
  process.env[WORKER_TAFELS_ENV] = JSON.stringify(started.map((s) => s.worker));
  (globalThis as { __tafel?: unknown }).__tafel = started;
}
