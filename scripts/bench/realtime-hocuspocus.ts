/**
 * The reference server of the live-notes benchmark (scripts/bench/realtime.ts), forked by it: Hocuspocus
 * 3.4.4 with its database extension storing each document's Yjs state in a scratch Postgres table, at
 * its default debounce (2 s, at most 10 s). It measures its own durability lag — from an update's
 * arrival to the commit of the store that holds it — and reports it over IPC when asked.
 */
import { Database } from '@hocuspocus/extension-database';
import { Server } from '@hocuspocus/server';
import { Pool } from 'pg';

const TABLE = 'bench_hocuspocus_document';

async function main(): Promise<void> {
  const pool = new Pool({ connectionString: process.env['DATABASE_URL'], max: 4 });
  await pool.query(
    `CREATE TABLE IF NOT EXISTS ${TABLE} (name text PRIMARY KEY, state bytea NOT NULL, stored_at timestamptz NOT NULL)`,
  );
  /** Arrival times (hrtime ns) of the updates of each document not yet stored. */
  const pending = new Map<string, bigint[]>();
  const lagsMs: number[] = [];
  const server = new Server({
    port: 0,
    address: '127.0.0.1',
    quiet: true,
    async onChange({ documentName }) {
      const list = pending.get(documentName) ?? [];
      list.push(process.hrtime.bigint());
      pending.set(documentName, list);
    },
    extensions: [
      new Database({
        fetch: async ({ documentName }) => {
          const { rows } = await pool.query<{ state: Buffer }>(`SELECT state FROM ${TABLE} WHERE name = $1`, [
            documentName,
          ]);
          return rows[0] ? new Uint8Array(rows[0].state) : null;
        },
        store: async ({ documentName, state }) => {
          const covered = pending.get(documentName) ?? [];
          pending.set(documentName, []);
          await pool.query(
            `INSERT INTO ${TABLE} (name, state, stored_at) VALUES ($1, $2, now())
             ON CONFLICT (name) DO UPDATE SET state = excluded.state, stored_at = excluded.stored_at`,
            [documentName, state],
          );
          const now = process.hrtime.bigint();
          for (const at of covered) lagsMs.push(Number(now - at) / 1e6);
        },
      }),
    ],
  });
  await server.listen();
  process.on('message', (message: { type: string }) => {
    if (message.type === 'lags') process.send?.({ type: 'lags', lagsMs: lagsMs.splice(0) });
    if (message.type === 'stop') void server.destroy().then(() => pool.end().then(() => process.exit(0)));
  });
  process.send?.({ type: 'listening', url: `ws://127.0.0.1:${server.address.port}` });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
