import { createScratchDatabase } from '@tafel/api/testing';
import { startTafel, waitUntilUp } from './tafel-process';

/**
 * One running Tafel with demo data for all browser tests. With DATABASE_URL it runs on a fresh
 * database next to it; otherwise on its own embedded PostgreSQL, as `npm start` does.
 */
export default async function globalSetup(): Promise<void> {
  const external = process.env['DATABASE_URL'];
  const scratch = external ? await createScratchDatabase(external) : null;
  const { process: tafel, exited } = await startTafel(scratch ? { DATABASE_URL: scratch.url } : {});
  await waitUntilUp(tafel, exited);
  process.env['E2E_BASE_URL'] = tafel.url;
  (globalThis as { __tafel?: unknown }).__tafel = { tafel, scratch };
}
