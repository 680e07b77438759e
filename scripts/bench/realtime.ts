/**
 * Live-notes benchmark (issue 9): N tafels × M editors typing K keystrokes per second through real
 * socket.io + Yjs clients against the API started as its own process (main.ts) on a scratch database.
 * Run on demand, not in the test suite:
 *
 *   npm run bench:realtime -- --tafels 40 --editors 5 --rate 5 --seconds 20
 *
 * Reports edit propagation (writer stamps, readers measure, one monotonic clock: all clients live in
 * this process), durability lag (sent → acknowledged, which the server sends only after commit), lost
 * or duplicated edits in the stored notes, server CPU-seconds per 1,000 updates and server RSS.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { createScratchDatabase } from '@tafel/api/testing';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { startApiProcess } from '../../apps/api/test/support/api-process';
import { TEST_PASSWORD, makeCase, makeUser } from '../../apps/api/test/support/factories';
import {
  NotesClient,
  joinedClient,
  makeSeatedTafel,
  storedText,
} from '../../apps/api/test/support/notes-client';
import { startTestCluster } from '../../apps/api/test/support/test-database';

const SECTION = 'worries';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** CPU seconds (user + system) and resident memory (MB) of a process, from /proc. */
function processStats(pid: number): { cpu: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpu: ticks / 100, rssMb: Number(rss?.[1] ?? 0) / 1024 };
}

async function login(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0];
}

async function main(): Promise<void> {
  const tafels = option('tafels', 40);
  const editors = option('editors', 5);
  const rate = option('rate', 5);
  const seconds = option('seconds', 20);
  const cluster = await startTestCluster();
  const db = await createScratchDatabase(cluster.adminUrl);
  const ds = createDataSource(db.url);
  await ds.initialize();
  await ds.runMigrations({ transaction: 'all' });
  const api = await startApiProcess(db.url, { LOG_LEVEL: 'error' });
  const pid = api.child.pid as number;
  const clients: NotesClient[][] = [];
  try {
    const idle = processStats(pid);
    const rooms: { tafelId: string; emails: string[] }[] = [];
    for (let i = 0; i < tafels; i++) {
      const coordinator = await makeUser(ds, 'coordinator');
      const theCase = await makeCase(ds, coordinator);
      const users = await Promise.all(Array.from({ length: editors }, () => makeUser(ds, 'professional')));
      const tafel = await makeSeatedTafel(
        ds,
        theCase.id,
        coordinator,
        users.map((u) => ({ role: 'professional' as const, userId: u.id })),
      );
      rooms.push({ tafelId: tafel.id, emails: users.map((u) => u.email) });
    }
    for (const room of rooms) {
      const cookies = await Promise.all(room.emails.map((email) => login(api.url, email)));
      clients.push(await Promise.all(cookies.map((cookie) => joinedClient(api.url, cookie, room.tafelId))));
    }
    const joined = processStats(pid);

    // Writers stamp each keystroke by its Yjs id; every other editor of the room measures its arrival.
    const sentAt = new Map<string, number>();
    const propagation: number[] = [];
    for (const room of clients) {
      for (const reader of room) {
        reader.socket.on('notes:update', ({ update }) => {
          const now = performance.now();
          for (const struct of Y.decodeUpdate(new Uint8Array(update)).structs) {
            const stamp = sentAt.get(`${struct.id.client}:${struct.id.clock}`);
            if (stamp !== undefined) propagation.push(now - stamp);
          }
        });
      }
    }
    const typed = new Map<string, string[]>();
    const start = processStats(pid);
    const startedAt = performance.now();
    await new Promise<void>((resolve) => {
      let running = clients.flat().length;
      clients.forEach((room, r) =>
        room.forEach((writer, w) => {
          const tokens: string[] = [];
          typed.set(`${r}.${w}`, tokens);
          const interval = 1000 / rate;
          const jitter = Math.random() * interval;
          let seq = 0;
          const tick = () => {
            if (performance.now() - startedAt > seconds * 1000) {
              if (--running === 0) resolve();
              return;
            }
            const clock = Y.decodeStateVector(Y.encodeStateVector(writer.doc)).get(writer.doc.clientID) ?? 0;
            const token = `<${w}.${seq++}>`;
            tokens.push(token);
            sentAt.set(`${writer.doc.clientID}:${clock}`, performance.now());
            writer.type(SECTION, token);
            setTimeout(tick, interval);
          };
          setTimeout(tick, jitter);
        }),
      );
    });
    await Promise.all(clients.flat().map((c) => c.settled()));
    const end = processStats(pid);
    const updates = [...typed.values()].reduce((n, tokens) => n + tokens.length, 0);

    let lost = 0;
    let duplicated = 0;
    for (const [r, room] of rooms.entries()) {
      const text = await storedText(ds, room.tafelId, SECTION);
      for (let w = 0; w < editors; w++) {
        for (const token of typed.get(`${r}.${w}`) ?? []) {
          const count = text.split(token).length - 1;
          if (count === 0) lost++;
          if (count > 1) duplicated++;
        }
      }
    }
    const acks = clients.flat().flatMap((c) => c.ackLatencies);
    const connections = tafels * editors;
    const result = {
      workload: `${tafels} tafels × ${editors} editors × ${rate} keystrokes/s × ${seconds} s`,
      updates,
      propagationMs: {
        p50: percentile(propagation, 50),
        p99: percentile(propagation, 99),
        samples: propagation.length,
      },
      durabilityLagMs: { p50: percentile(acks, 50), p99: percentile(acks, 99), samples: acks.length },
      lost,
      duplicated,
      serverCpuSecondsPer1000Updates: ((end.cpu - start.cpu) / updates) * 1000,
      serverRssMb: { idle: idle.rssMb, joined: joined.rssMb, end: end.rssMb },
      rssKbPerConnectionAndDocument: ((joined.rssMb - idle.rssMb) * 1024) / connections,
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    clients.flat().forEach((c) => c.close());
    api.child.kill('SIGTERM');
    await new Promise((resolve) => api.child.once('exit', resolve));
    await ds.destroy();
    await db.drop();
    await cluster.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
