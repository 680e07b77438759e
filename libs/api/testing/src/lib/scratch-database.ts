import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function run(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new database on the test cluster: empty, or a copy of `template` (which nobody may be connected to). */
export async function createScratchDatabase(adminUrl: string, template?: string): Promise<ScratchDatabase> {
  const name = `tafel_test_${randomBytes(4).toString('hex')}`;
  await run(adminUrl, `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => run(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

export function testAdminUrl(): string {
  const url = process.env['TAFEL_TEST_ADMIN_URL'];
  if (!url) throw new Error('TAFEL_TEST_ADMIN_URL is set by the integration global setup');
  return url;
}

/** A migrated database for one test file alone (a copy of the one the integration global setup migrated). */
export function createMigratedDatabase(): Promise<ScratchDatabase> {
  const template = process.env['TAFEL_TEST_MIGRATED_DATABASE'];
  if (!template) throw new Error('TAFEL_TEST_MIGRATED_DATABASE is set by the integration global setup');
  return createScratchDatabase(testAdminUrl(), template);
}

/**
 * The migrated database of this jest worker (JEST_WORKER_ID, 1 when in band): the integration global
 * setup gives each worker its own copy, so no test sees another worker's rows.
 */
export function testDatabaseUrl(): string {
  const urls: string[] = JSON.parse(process.env['TAFEL_TEST_DATABASE_URLS'] ?? '[]');
  const url = urls[Number(process.env['JEST_WORKER_ID'] ?? '1') - 1];
  if (!url)
    throw new Error('TAFEL_TEST_DATABASE_URLS is set by the integration global setup, one per worker');
  return url;
}
