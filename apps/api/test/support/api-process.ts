import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '@tafel/api/testing';

const ROOT = join(__dirname, '../../../..');
/** Shared with an in-process app that must accept the process's sessions. */
export const SESSION_SECRET = 'api-process-secret-0123456789abcdef012345678';

/** The webpack build of the API (`nx build api`), as production runs it. */
export const COMPILED_API = 'dist/apps/api/main.js';

/**
 * The API in its own process on the test database: main.ts under ts-node as `npm start` runs it, or
 * with `compiled` the webpack build (COMPILED_API, built beforehand) as production runs it.
 */
export async function startApiProcess(
  databaseUrl: string,
  env: NodeJS.ProcessEnv = {},
  startMs = 45_000,
  nodeArgs: string[] = [],
  compiled = false,
): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const entry = compiled
    ? [COMPILED_API]
    : ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'];
  const child = spawn(process.execPath, [...nodeArgs, ...entry], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'],
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      SESSION_SECRET,
      TAFEL_DEMO: 'false',
      WEB_ROOT: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      JOB_POLL_MS: '0',
      LOG_LEVEL: 'error',
      TS_NODE_PROJECT: 'scripts/tsconfig.json',
      TS_NODE_TRANSPILE_ONLY: 'true',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + startMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API process exited: ${stderr}`);
    const up = await fetch(`${url}/api/v1/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (up) return { child, url };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`API process did not start: ${stderr}`);
}
