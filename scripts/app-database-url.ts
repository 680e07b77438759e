import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The database of the app the scripts work on: DATABASE_URL, or else the running embedded database of
 * `npm start`, found through its password file in `TAFEL_DATA_DIR` (.data)/postgres.
 */
export function appDatabaseUrl(): string {
  if (process.env['DATABASE_URL']) return process.env['DATABASE_URL'];
  const dir = join(process.env['TAFEL_DATA_DIR'] ?? '.data', 'postgres');
  const password = readFileSync(join(dir, 'password'), 'utf8').trim();
  return `postgres://tafel:${password}@127.0.0.1:${process.env['EMBEDDED_PG_PORT'] ?? 54329}/tafel`;
}
