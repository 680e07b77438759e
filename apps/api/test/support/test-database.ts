import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@tafel/api/testing';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

export interface TestCluster {
  /** A URL whose user may CREATE DATABASE; test databases are made next to it. */
  adminUrl: string;
  stop(): Promise<void>;
}

/**
 * Real PostgreSQL for tests: the server behind DATABASE_URL when set (its own database is never
 * touched), else an embedded cluster in a temporary folder. Loaded outside the jest sandbox only
 * (global setup, scripts), because embedded-postgres is an ES module.
 */
export async function startTestCluster(): Promise<TestCluster> {
  const external = process.env['DATABASE_URL'];
  if (external) return { adminUrl: external, stop: async () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'tafel-pg-'));
  const name = `tafel_admin_${randomBytes(3).toString('hex')}`;
  const embedded = await startEmbeddedPostgres({
    dir,
    port: await freePort(),
    database: name,
    persistent: false,
  });
  return {
    adminUrl: embedded.url,
    stop: async () => {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
