import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import * as Y from 'yjs';
import { makeSeatedTafel, NotesClient, joinedClient, listen, sessionCookie } from './support/notes-client';
import { makeTafelScene } from './support/tafel-scene';
import { TEST_PASSWORD } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';

const ROOT = join(__dirname, '../../..');
const SESSION_SECRET = 'kill-test-secret-0123456789abcdef0123456789';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The API as `npm start` runs it (main.ts), in its own process on the test database. */
async function startApiProcess(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'],
    {
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
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 45_000;
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

/** Whether every insertion of `update` is in `doc`. */
const contains = (doc: Y.Doc, update: Uint8Array) =>
  Y.decodeUpdate(Y.diffUpdate(update, Y.encodeStateVector(doc))).structs.length === 0;

describe('kill -9 of the API process while clients type', () => {
  let t: TestApp;
  let api: { child: ChildProcess; url: string } | null = null;
  const clients: NotesClient[] = [];

  beforeAll(async () => {
    t = await createTestApp({ SESSION_SECRET });
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    api?.child.kill('SIGKILL');
    await t.close();
  });

  it('keeps every acknowledged edit after a restart', async () => {
    const scene = await makeTafelScene(t.dataSource);
    const tafel = await makeSeatedTafel(t.dataSource, scene.theCase.id, scene.coordinator, [
      { role: 'chair', userId: scene.chair.id },
      { role: 'secretary', userId: scene.secretary.id },
    ]);
    api = await startApiProcess(process.env['TAFEL_TEST_DATABASE_URL'] as string);
    const login = await fetch(`${api.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: scene.chair.email, password: TEST_PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const writer = await joinedClient(api.url, cookie, tafel.id);
    clients.push(writer);

    // Type until a good number of edits is acknowledged, then kill the process mid-stream.
    let typed = 0;
    await new Promise<void>((resolve) => {
      const tick = () => {
        writer.type('worries', `k${typed++} `);
        if (writer.acknowledged.length >= 50) resolve();
        else setTimeout(tick, 2);
      };
      tick();
    });
    api.child.kill('SIGKILL');
    const acknowledged = [...writer.acknowledged];
    await new Promise((resolve) => api?.child.once('exit', resolve));
    writer.close();

    const url = await listen(t.app);
    const reader = await joinedClient(url, await sessionCookie(t.app, scene.secretary), tafel.id);
    clients.push(reader);
    expect(acknowledged.length).toBeGreaterThanOrEqual(50);
    for (const update of acknowledged) expect(contains(reader.doc, update)).toBe(true);
  }, 90_000);
});
