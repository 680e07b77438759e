import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import request from 'supertest';
import * as Y from 'yjs';
import { SharedNotes } from '@tafel/shared/contracts';
import { AuthService } from '../src/modules/auth/auth.service';
import { SESSION_SECRET } from './support/api-process';
import { TEST_PASSWORD, makeUser } from './support/factories';
import {
  NotesClient,
  joinedClient,
  listen,
  makeSeatedTafel,
  nextEvent,
  sessionCookie,
} from './support/notes-client';
import { makeTafelScene, tafelsOnTheirDay } from './support/tafel-scene';
import { TestApp, createTestApp, loginAs } from './support/test-app';

/** Redis on these machines (scripts/test.sh starts it when it is not running). */
const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

describe('live notes on two API instances (one PostgreSQL, one Redis)', () => {
  let a: TestApp;
  let b: TestApp;
  let urlA: string;
  let urlB: string;
  let scene: Awaited<ReturnType<typeof makeTafelScene>>;
  const clients: NotesClient[] = [];
  const track = (client: NotesClient) => (clients.push(client), client);

  beforeAll(async () => {
    // As in production, the instances share the session secret: a session from one holds on the other
    // (and the HTTP session strategy, registered process-wide by passport, is the last app's).
    // The periodic re-check out of the way: only `sessions.ended` can close a connection promptly here.
    const env = { REDIS_URL, SESSION_SECRET, REALTIME_RECHECK_MS: '600000' };
    a = await createTestApp(env);
    b = await createTestApp(env);
    urlA = await listen(a.app);
    urlB = await listen(b.app);
    scene = await makeTafelScene(a.dataSource);
  });
  afterEach(() => clients.splice(0).forEach((c) => c.close()));
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('brings an edit through instance A to a client of instance B, both ways, and presence too', async () => {
    const tafel = await makeSeatedTafel(a.dataSource, scene.theCase.id, scene.coordinator, [
      { role: 'chair', userId: scene.chair.id },
      { role: 'secretary', userId: scene.secretary.id },
      { role: 'parent', memberId: scene.parent.id },
    ]);
    const chair = track(await joinedClient(urlA, await sessionCookie(a.app, scene.chair), tafel.id));
    const secretary = track(await joinedClient(urlB, await sessionCookie(b.app, scene.secretary), tafel.id));
    const parent = track(await joinedClient(urlB, await sessionCookie(b.app, scene.parentUser), tafel.id));
    chair.type('worries', 'Via A. ');
    await secretary.waitForText('worries', (s) => s === 'Via A. ');
    await parent.waitForText('worries', (s) => s === 'Via A. ');
    secretary.type('worries', 'Via B.');
    await chair.waitForText('worries', (s) => s === 'Via A. Via B.');

    const seen = nextEvent<{ update: Uint8Array }>(
      (l) => (chair.socket.on('notes:awareness', l), () => chair.socket.off('notes:awareness', l)),
    );
    const presence = new Awareness(secretary.doc);
    presence.setLocalState({ cursor: 1 });
    await secretary.socket.emitWithAck('notes:awareness', {
      tafelId: tafel.id,
      update: encodeAwarenessUpdate(presence, [secretary.doc.clientID]),
    });
    const view = new Awareness(new Y.Doc());
    applyAwarenessUpdate(view, new Uint8Array((await seen).update), null);
    expect(view.getStates().get(secretary.doc.clientID)?.['user']).toMatchObject({ role: 'secretary' });
    presence.destroy();
    view.destroy();
  });

  it('gives a client that joins instance B later everything committed through A', async () => {
    const tafel = await makeSeatedTafel(a.dataSource, scene.theCase.id, scene.coordinator, [
      { role: 'chair', userId: scene.chair.id },
      { role: 'secretary', userId: scene.secretary.id },
    ]);
    const secretaryCookie = await sessionCookie(b.app, scene.secretary);
    const early = track(await joinedClient(urlB, secretaryCookie, tafel.id));
    const chair = track(await joinedClient(urlA, await sessionCookie(a.app, scene.chair), tafel.id));
    for (let i = 0; i < 10; i++) chair.type('decision', `${i}`);
    await chair.settled();
    await early.waitForText('decision', (s) => s === '0123456789');
    const late = track(await joinedClient(urlB, secretaryCookie, tafel.id));
    expect(late.text('decision')).toBe('0123456789');
  });

  it('brings typing in a section the chair shared to a child under 16 on the other instance, and nothing else', async () => {
    const coordinator = await loginAs(a.app, scene.coordinator.email, TEST_PASSWORD);
    const chairAgent = await loginAs(a.app, scene.chair.email, TEST_PASSWORD);
    const tafel = await tafelsOnTheirDay(a.dataSource, scene, coordinator)();
    await chairAgent.post(`/api/v1/tafels/${tafel.id}/open`).expect(200);
    const chair = track(await joinedClient(urlA, await sessionCookie(a.app, scene.chair), tafel.id));
    const child = track(new NotesClient(urlB, await sessionCookie(b.app, scene.youthUser)));
    const received: SharedNotes[] = [];
    child.socket.on('room:shared', (message) => received.push(message));
    const sharedText = (text: string) =>
      nextEvent<SharedNotes>(
        (l) => (child.socket.on('room:shared', l), () => child.socket.off('room:shared', l)),
        (m) => m.sections.length === 1 && m.sections[0]?.text === text,
      );
    expect(await child.join(tafel.id)).toMatchObject({ ok: true, access: 'read' });
    const sharing = sharedText('');
    await chairAgent
      .put(`/api/v1/tafels/${tafel.id}/room/share`)
      .send({ agendaItem: 'going_well', shared: true })
      .expect(200);
    await sharing;

    const live = sharedText('Daan speelt graag voetbal.');
    chair.type('worries', 'Geheim: zorgen over vader.');
    chair.type('going_well', 'Daan speelt graag voetbal.');
    expect((await live).sections).toEqual([{ key: 'going_well', text: 'Daan speelt graag voetbal.' }]);
    expect(JSON.stringify(received)).not.toContain('Geheim');
    expect(child.text('worries')).toBe('');
  });

  it('closes a logged-out session’s connections on the other instance at once, and every one of a deactivated user', async () => {
    const raad = await makeUser(a.dataSource, 'professional', {}, 'raad');
    const tafel = await makeSeatedTafel(a.dataSource, scene.theCase.id, scene.coordinator, [
      { role: 'raad', userId: raad.id },
    ]);
    const closed = (c: NotesClient) =>
      nextEvent<string>(
        (l) => (c.socket.on('disconnect', l), () => c.socket.off('disconnect', l)),
        () => true,
        3000,
      );
    const cookie = await sessionCookie(a.app, raad);
    const loggedOut = track(await joinedClient(urlB, cookie, tafel.id));
    const otherSession = track(await joinedClient(urlB, await sessionCookie(b.app, raad), tafel.id));
    const gone = closed(loggedOut);
    await request(a.app.getHttpServer()).post('/api/v1/auth/logout').set('cookie', cookie).expect(204);
    await gone;
    expect(loggedOut.errors.map((e) => e.code)).toEqual(['unauthorised']);
    expect(otherSession.socket.connected).toBe(true);

    const gone2 = closed(otherSession);
    expect(await a.app.get(AuthService).deactivate(raad.id)).toBe(true);
    await gone2;
    expect(otherSession.errors.map((e) => e.code)).toEqual(['unauthorised']);
  });
});
