/**
 * Live-notes benchmark (issue 9), run on demand, not in the test suite:
 *
 *   npm run bench:realtime -- --tafels 40 --editors 5 --rate 5 --seconds 20
 *   npm run bench:realtime -- --tafels 1 --editors 300 --rate 1 --seconds 10
 *   npm run bench:realtime -- --tafels 40 --editors 5 --storm 1000 --seconds 0
 *
 * The same workload runs against Tafel (the API's webpack build, `npx nx build api` first, as its own
 * process on a scratch database)
 * and against Hocuspocus 3.4.4 (realtime-hocuspocus.ts, storing into a scratch table of the same
 * database), one after the other in one run (`--servers tafel,hocuspocus`). The clients live in
 * `--workers` forked processes (realtime-worker.ts) so the client side does not starve one event
 * loop; writers stamp each keystroke with CLOCK_MONOTONIC and readers in any process measure on it.
 * Reports per server, and Tafel/Hocuspocus ratios: propagation p50/p99; durability lag (Tafel: sent →
 * acknowledged, which comes only after the commit; Hocuspocus: arrival → commit of the debounced
 * store, measured in its process); lost / duplicated typed tokens in the stored document; server
 * CPU-seconds per 1,000 updates; server RSS per open document and per further connection; with
 * `--storm N`: N clients over the tafels all drop, each types offline, all reconnect at once — the time
 * until every client holds every offline edit of its tafel, and lost / duplicated in storage.
 * `--profile DIR` writes a V8 CPU profile of the Tafel server to DIR.
 */
import 'reflect-metadata';
import { ChildProcess, fork } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { DataSource } from 'typeorm';
import { createScratchDatabase } from '@tafel/api/testing';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { COMPILED_API, startApiProcess } from '../../apps/api/test/support/api-process';
import { TEST_PASSWORD, makeCase, makeUser } from '../../apps/api/test/support/factories';
import { makeSeatedTafel, sectionText, storedText } from '../../apps/api/test/support/notes-client';
import { startTestCluster } from '../../apps/api/test/support/test-database';
import type { ClientSpec, WorkerCommand } from './realtime-worker';

const SECTION = 'worries';
type ServerKind = 'tafel' | 'hocuspocus';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const round = (n: number) => Math.round(n * 100) / 100;
const progress = (step: string) => process.stderr.write(`[${new Date().toISOString()}] ${step}\n`);
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** CPU seconds (user + system) and resident memory (kB) of a process, from /proc. */
function processStats(pid: number): { cpu: number; rssKb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpu: ticks / 100, rssKb: Number(rss?.[1] ?? 0) };
}

/** CPU seconds of the PostgreSQL backends serving one database (their command line names it). */
function databaseCpu(database: string): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmdline.startsWith('postgres:') && cmdline.includes(` ${database} `))
        total += processStats(Number(pid)).cpu;
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

async function login(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
}

/** A forked client process and a way to ask it something. */
class Worker {
  readonly child: ChildProcess;
  private waiting: ((reply: Record<string, unknown>) => void)[] = [];
  constructor() {
    this.child = fork(join(__dirname, 'realtime-worker.ts'), [], {
      execArgv: ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register'],
    });
    this.child.on('message', (reply: Record<string, unknown>) => this.waiting.shift()?.(reply));
    this.child.on('exit', (code, signal) => {
      for (const waiting of this.waiting.splice(0))
        waiting({ ok: false, error: `exited (${code ?? signal})` });
    });
  }
  async ask<T = Record<string, unknown>>(command: WorkerCommand): Promise<T> {
    const reply = await new Promise<Record<string, unknown>>((resolve) => {
      this.waiting.push(resolve);
      this.child.send(command);
    });
    if (!reply['ok']) throw new Error(`worker: ${String(reply['error'])}`);
    return reply as T;
  }
}

interface Server {
  pid: number;
  url: string;
  /** Durability lags (ms) the server measured itself (Hocuspocus); null: from the clients' acks. */
  lags(): Promise<number[] | null>;
  /** The stored text of a tafel's notes section. */
  stored(tafelId: string): Promise<string>;
  stop(): Promise<void>;
}

/** The newest modification time (ms) of the files under some directories. */
function newest(dirs: string[]): number {
  return dirs
    .flatMap((dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()))
    .reduce((latest, e) => Math.max(latest, statSync(join(e.parentPath, e.name)).mtimeMs), 0);
}

/** The webpack build, as production runs it (Hocuspocus runs compiled JS too); refused when stale. */
function requireCompiledApi(): void {
  const built = existsSync(COMPILED_API) ? statSync(COMPILED_API).mtimeMs : 0;
  if (built < newest(['apps/api/src', 'libs/shared/contracts/src']))
    throw new Error(`${COMPILED_API} is missing or older than the sources: run \`npx nx build api\` first`);
}

async function startTafel(
  dbUrl: string,
  ds: DataSource,
  profileDir: string,
  env: Record<string, string>,
): Promise<Server> {
  const api = await startApiProcess(
    dbUrl,
    { LOG_LEVEL: 'error', ...env },
    60_000,
    profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    true,
  );
  return {
    pid: api.child.pid as number,
    url: api.url,
    lags: async () => null,
    stored: (tafelId) => storedText(ds, tafelId, SECTION),
    stop: async () => {
      api.child.kill('SIGTERM');
      await new Promise((resolve) => api.child.once('exit', resolve));
    },
  };
}

async function startHocuspocus(dbUrl: string, ds: DataSource): Promise<Server> {
  const child = fork(join(__dirname, 'realtime-hocuspocus.ts'), [], {
    execArgv: ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register'],
    env: { ...process.env, DATABASE_URL: dbUrl },
  });
  const url = await new Promise<string>((resolve) =>
    child.once('message', (m: { url: string }) => resolve(m.url)),
  );
  return {
    pid: child.pid as number,
    url,
    lags: () =>
      new Promise((resolve) => {
        child.once('message', (m: { lagsMs: number[] }) => resolve(m.lagsMs));
        child.send({ type: 'lags' });
      }),
    stored: async (name) => {
      const rows: { state: Buffer }[] = await ds.query(
        'SELECT state FROM bench_hocuspocus_document WHERE name = $1',
        [name],
      );
      const doc = new Y.Doc();
      if (rows[0]) Y.applyUpdate(doc, new Uint8Array(rows[0].state));
      return sectionText(doc, SECTION);
    },
    stop: async () => {
      child.send({ type: 'stop' });
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

/** Tokens missing from, or found more than once in, the stored notes of each tafel. */
async function count(server: Server, expected: Record<string, string[]>) {
  let lost = 0;
  let duplicated = 0;
  for (const [tafelId, tokens] of Object.entries(expected)) {
    const text = await server.stored(tafelId);
    for (const token of tokens) {
      const n = text.split(token).length - 1;
      if (n === 0) lost++;
      if (n > 1) duplicated++;
    }
  }
  return { lost, duplicated };
}

/**
 * Hocuspocus stores after its debounce, and starved clients may still be sending: wait (two minutes at
 * most) until everything typed is stored.
 */
async function storedCount(server: Server, expected: Record<string, string[]>) {
  const deadline = Date.now() + 120_000;
  let result = await count(server, expected);
  while (result.lost > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    result = await count(server, expected);
  }
  return result;
}

async function run(
  kind: ServerKind,
  rooms: { tafelId: string; emails: string[] }[],
  options: {
    rate: number;
    seconds: number;
    warmup: number;
    workers: number;
    storm: number;
    profile: string;
    env: Record<string, string>;
  },
  dbUrl: string,
  ds: DataSource,
) {
  const server =
    kind === 'tafel'
      ? await startTafel(dbUrl, ds, options.profile, options.env)
      : await startHocuspocus(dbUrl, ds);
  const database = new URL(dbUrl).pathname.slice(1);
  progress(`${kind}: started`);
  const cookies = new Map<string, string>();
  if (kind === 'tafel')
    for (const email of rooms.flatMap((r) => r.emails)) cookies.set(email, await login(server.url, email));
  const perRoom = options.storm ? Math.ceil(options.storm / rooms.length) : (rooms[0]?.emails.length ?? 0);
  const specs: ClientSpec[] = [];
  rooms.forEach((room, r) => {
    for (let i = 0; i < perRoom && specs.length < (options.storm || Infinity); i++) {
      const email = room.emails[i % room.emails.length] as string;
      specs.push({ id: r * perRoom + i, room: room.tafelId, cookie: cookies.get(email) ?? '' });
    }
  });
  const workers = Array.from({ length: options.workers }, () => new Worker());
  const share = (w: number) => specs.filter((_, i) => i % options.workers === w);
  try {
    await Promise.all(
      workers.map((worker, w) =>
        worker.ask({ type: 'setup', server: kind, url: server.url, clients: share(w) }),
      ),
    );
    progress(`${kind}: ${specs.length} clients set up in ${options.workers} workers`);
    const idle = processStats(server.pid);
    // First one client per tafel (opens the documents), then the others (connections only).
    const first = new Set(rooms.map((room) => specs.find((s) => s.room === room.tafelId)?.id));
    const joinAll = (pick: (s: ClientSpec) => boolean) =>
      Promise.all(
        workers.map((worker, w) =>
          worker.ask({
            type: 'join',
            ids: share(w)
              .filter(pick)
              .map((s) => s.id),
          }),
        ),
      );
    await joinAll((s) => first.has(s.id));
    const docs = processStats(server.pid);
    await joinAll((s) => !first.has(s.id));
    const joined = processStats(server.pid);
    progress(`${kind}: all joined`);
    const result: Record<string, unknown> = {
      server: kind,
      clients: specs.length,
      rssKbPerOpenDocument: round((docs.rssKb - idle.rssKb) / rooms.length),
      rssKbPerConnection: round((joined.rssKb - docs.rssKb) / Math.max(1, specs.length - rooms.length)),
    };
    if (options.seconds > 0) {
      // The writers type through the warm-up too (same for both servers); only what is typed after it is
      // measured (readers look at the writer's stamp), and CPU is counted from then on.
      const measureFrom = process.hrtime.bigint() + BigInt(Math.round(options.warmup * 1e9));
      const typing = Promise.all(
        workers.map((worker) =>
          worker.ask<{ typed: Record<string, string[]>; measured: number }>({
            type: 'type',
            rate: options.rate,
            seconds: options.warmup + options.seconds,
            measureFrom: String(measureFrom),
          }),
        ),
      );
      await new Promise((resolve) => setTimeout(resolve, options.warmup * 1000));
      const loadBefore = loadavg();
      const cpu = () => ({
        server: processStats(server.pid).cpu,
        clients: workers.reduce((sum, w) => sum + processStats(w.child.pid as number).cpu, 0),
        database: databaseCpu(database),
      });
      const before = cpu();
      const replies = await typing;
      const after = cpu();
      progress(`${kind}: typed`);
      // Let the last deliveries arrive before the readers report.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const reports = await Promise.all(
        workers.map((worker) =>
          worker.ask<{ propagationMs: number[]; ackMs: number[]; refusals: string[] }>({ type: 'report' }),
        ),
      );
      const typed: Record<string, string[]> = {};
      for (const reply of replies)
        for (const [room, tokens] of Object.entries(reply.typed)) (typed[room] ??= []).push(...tokens);
      const updates = replies.reduce((n, reply) => n + reply.measured, 0);
      const propagation = reports.flatMap((r) => r.propagationMs);
      const lags = (await server.lags()) ?? reports.flatMap((r) => r.ackMs);
      const readersPerUpdate = perRoom - 1;
      Object.assign(result, {
        load: { before: loadBefore, after: loadavg() },
        updates,
        propagationMs: {
          p50: round(percentile(propagation, 50)),
          p99: round(percentile(propagation, 99)),
          samples: propagation.length,
          expected: updates * readersPerUpdate,
        },
        refusals: reports.flatMap((r) => r.refusals),
        // Tafel answers every update (acknowledged after commit, or refused); none may go unanswered.
        ...(kind === 'tafel'
          ? {
              unanswered:
                Object.values(typed).reduce((n, t) => n + t.length, 0) -
                lags.length -
                reports.flatMap((r) => r.refusals).length,
            }
          : {}),
        cpuSecondsPer1000Updates: round(((after.server - before.server) / updates) * 1000),
        // Beside the server: the benchmark's client processes and the database backends of the run.
        clientCpuSecondsPer1000Updates: round(((after.clients - before.clients) / updates) * 1000),
        databaseCpuSecondsPer1000Updates: round(((after.database - before.database) / updates) * 1000),
        ...(await storedCount(server, typed)),
      });
      const laterLags = (await server.lags()) ?? [];
      const allLags = [...lags, ...laterLags];
      result['durabilityLagMs'] = {
        p50: round(percentile(allLags, 50)),
        p99: round(percentile(allLags, 99)),
        samples: allLags.length,
      };
    }
    if (options.storm) {
      const loadBefore = loadavg();
      const roomMembers: Record<string, number[]> = {};
      for (const spec of specs) (roomMembers[spec.room] ??= []).push(spec.id);
      await Promise.all(workers.map((worker) => worker.ask({ type: 'drop' })));
      await new Promise((resolve) => setTimeout(resolve, 1000));
      progress(`${kind}: dropped; reconnecting`);
      const startedAt = process.hrtime.bigint();
      const replies = await Promise.all(
        workers.map((worker) => worker.ask<{ syncedAt: string[] }>({ type: 'reconnect', roomMembers })),
      );
      const synced = replies.flatMap((r) => r.syncedAt).map((at) => Number(BigInt(at) - startedAt) / 1e6);
      const expected: Record<string, string[]> = {};
      for (const [room, ids] of Object.entries(roomMembers))
        expected[room] = ids.map((id) => `<c${id}.offline.t0>`);
      result['storm'] = {
        load: { before: loadBefore, after: loadavg() },
        clients: synced.length,
        allSyncedMs: round(Math.max(...synced)),
        p50SyncedMs: round(percentile(synced, 50)),
        ...(await storedCount(server, expected)),
      };
    }
    return result;
  } finally {
    await Promise.all(workers.map((worker) => worker.ask({ type: 'close' }).catch(() => undefined)));
    await server.stop();
  }
}

/** Tafel / Hocuspocus for every figure both have (below 1: Tafel is smaller, i.e. faster or leaner). */
function ratios(
  tafel: Record<string, unknown>,
  hocus: Record<string, unknown>,
  path = '',
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(tafel)) {
    const other = hocus[key];
    if (['samples', 'expected', 'clients', 'updates', 'lost', 'duplicated'].includes(key)) continue;
    if (typeof value === 'number' && typeof other === 'number' && other !== 0)
      out[`${path}${key}`] = round(value / other);
    else if (value && typeof value === 'object' && other && typeof other === 'object' && key !== 'load')
      Object.assign(
        out,
        ratios(value as Record<string, unknown>, other as Record<string, unknown>, `${path}${key}.`),
      );
  }
  return out;
}

async function main(): Promise<void> {
  const tafels = Number(option('tafels', '40'));
  const editors = Number(option('editors', '5'));
  const options = {
    rate: Number(option('rate', '5')),
    seconds: Number(option('seconds', '20')),
    warmup: Number(option('warmup', '0')),
    workers: Number(option('workers', '3')),
    storm: Number(option('storm', '0')),
    profile: option('profile', ''),
    // Extra environment for the Tafel server, e.g. `--env REALTIME_RECHECK_MS=600000` (A/B runs).
    env: Object.fromEntries(
      option('env', '')
        .split(',')
        .filter(Boolean)
        .map((pair) => pair.split('=', 2) as [string, string]),
    ),
  };
  const servers = option('servers', 'tafel,hocuspocus').split(',') as ServerKind[];
  if (servers.includes('tafel')) requireCompiledApi();
  const cluster = await startTestCluster();
  const db = await createScratchDatabase(cluster.adminUrl);
  const ds = createDataSource(db.url);
  await ds.initialize();
  await ds.runMigrations({ transaction: 'all' });
  try {
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
    progress(`${tafels} tafels seated`);
    const results: Record<string, Record<string, unknown>> = {};
    for (const kind of servers) results[kind] = await run(kind, rooms, options, db.url, ds);
    const workload = options.storm
      ? `reconnect storm: ${options.storm} clients over ${tafels} tafels`
      : `${tafels} tafels × ${editors} editors × ${options.rate} keystrokes/s × ${options.seconds} s`;
    console.log(
      JSON.stringify(
        {
          workload,
          workers: options.workers,
          ...results,
          ...(results['tafel'] && results['hocuspocus']
            ? { tafelPerHocuspocus: ratios(results['tafel'], results['hocuspocus']) }
            : {}),
        },
        null,
        2,
      ),
    );
  } finally {
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
