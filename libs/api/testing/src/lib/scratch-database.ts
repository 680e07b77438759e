import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface ScratchDatabase {
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

/** A new, empty database on the test cluster. */
export async function createScratchDatabase(adminUrl: string): Promise<ScratchDatabase> {
  const name = `tafel_test_${randomBytes(4).toString('hex')}`;
  await run(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export function testAdminUrl(): string {
  const url = process.env['TAFEL_TEST_ADMIN_URL'];
  if (!url) throw new Error('TAFEL_TEST_ADMIN_URL is set by the integration global setup');
  return url;
}
