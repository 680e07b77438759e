import { ChildProcess } from 'node:child_process';
import * as Y from 'yjs';
import { makeSeatedTafel, NotesClient, joinedClient, listen, sessionCookie } from './support/notes-client';
import { makeTafelScene } from './support/tafel-scene';
import { TEST_PASSWORD } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';
import { SESSION_SECRET, startApiProcess } from './support/api-process';
import { testDatabaseUrl } from '@tafel/api/testing';

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
    api = await startApiProcess(testDatabaseUrl());
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
