import { randomUUID } from 'node:crypto';
import request from 'supertest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import {
  NOTE_AGENDAS,
  PresenceUser,
  REALTIME_MAX_MESSAGE_BYTES,
  RealtimeError,
  RoomState,
} from '@tafel/shared/contracts';
import { verifyAccessLog } from '../src/modules/audit/access-log.verify';
import { TafelEntity } from '../src/modules/tafels/entities/tafel.entity';
import { IMMEDIATE_ROOM_SIZE } from '../src/realtime/notes-fanout';
import { TEST_PASSWORD, addProfessional, makeUser } from './support/factories';
import {
  NotesClient,
  joinedClient,
  listen,
  makeSeatedTafel,
  nextEvent,
  sessionCookie,
  storedText,
} from './support/notes-client';
import { makeTafelScene } from './support/tafel-scene';
import { TestApp, createTestApp, loginAs } from './support/test-app';

describe('the live notes gateway', () => {
  let t: TestApp;
  let url: string;
  let scene: Awaited<ReturnType<typeof makeTafelScene>>;
  let tafel: TafelEntity;
  let cookies: Record<'chair' | 'secretary' | 'parent' | 'gi', string>;
  const clients: NotesClient[] = [];
  const track = (client: NotesClient) => (clients.push(client), client);
  const join = async (cookie: string) => track(await joinedClient(url, cookie, tafel.id));

  beforeAll(async () => {
    t = await createTestApp({ REALTIME_RECHECK_MS: '200' });
    url = await listen(t.app);
    scene = await makeTafelScene(t.dataSource);
    tafel = await makeSeatedTafel(t.dataSource, scene.theCase.id, scene.coordinator, [
      { role: 'chair', userId: scene.chair.id },
      { role: 'secretary', userId: scene.secretary.id },
      { role: 'raad', userId: scene.raad.id },
      { role: 'parent', memberId: scene.parent.id },
    ]);
    cookies = {
      chair: await sessionCookie(t.app, scene.chair),
      secretary: await sessionCookie(t.app, scene.secretary),
      parent: await sessionCookie(t.app, scene.parentUser),
      gi: await sessionCookie(t.app, scene.gi),
    };
  });
  afterEach(() => clients.splice(0).forEach((c) => c.close()));
  afterAll(() => t.close());

  it('lets two writers type in the same sentence and converge, live and stored', async () => {
    const chair = await join(cookies.chair);
    const secretary = await join(cookies.secretary);
    chair.type('worries', 'Moeder ');
    await secretary.waitForText('worries', (s) => s === 'Moeder ');
    chair.type('worries', 'is bezorgd.');
    secretary.type('worries', 'Vader ook.');
    const converged = (s: string) => s.includes('is bezorgd.') && s.includes('Vader ook.');
    await Promise.all([chair.waitForText('worries', converged), secretary.waitForText('worries', converged)]);
    expect(chair.text('worries')).toBe(secretary.text('worries'));
    await Promise.all([chair.settled(), secretary.settled()]);
    expect(chair.refusals).toEqual([]);
    expect(await storedText(t.dataSource, tafel.id, 'worries')).toBe(chair.text('worries'));
  });

  it('gives a joining member the agenda of the moment type, the document so far and their access', async () => {
    const parent = track(new NotesClient(url, cookies.parent));
    const joined = await parent.join(tafel.id);
    expect(joined).toMatchObject({ ok: true, access: 'read', agenda: NOTE_AGENDAS.toeleiding });
    expect(parent.text('worries')).toContain('is bezorgd.');
    const chair = track(new NotesClient(url, cookies.chair));
    expect(await chair.join(tafel.id)).toMatchObject({ ok: true, access: 'write' });
  });

  it('answers a non-participant exactly as a tafel that does not exist, and sends them nothing', async () => {
    const outsider = track(new NotesClient(url, cookies.gi));
    const refusedSeat = await outsider.join(tafel.id);
    const refusedNone = await outsider.join(randomUUID());
    const strip = (r: typeof refusedSeat) =>
      r.ok ? r : { ok: r.ok, code: r.error.code, message: r.error.message };
    expect(strip(refusedSeat)).toEqual({ ok: false, code: 'not_found', message: 'Tafel not found' });
    expect(strip(refusedNone)).toEqual(strip(refusedSeat));
    const chair = await join(cookies.chair);
    chair.type('decision', 'Geheim');
    await chair.settled();
    // The outsider's own round trip comes back after anything the server sent it before.
    await outsider.socket.emitWithAck('notes:leave', { tafelId: tafel.id });
    expect(outsider.text('decision')).toBe('');
    expect(outsider.doc.store.clients.size).toBe(0);
  });

  it('logs one access-log entry per join, none per keystroke', async () => {
    const count = async () =>
      (
        await t.dataSource.query(
          `SELECT count(*)::int AS n FROM access_log WHERE event = 'tafel.notes.read' AND user_id = $1`,
          [scene.secretary.id],
        )
      )[0].n as number;
    const before = await count();
    const secretary = await join(cookies.secretary);
    for (let i = 0; i < 5; i++) secretary.type('opening', `${i}`);
    await secretary.settled();
    expect(await count()).toBe(before + 1);
  });

  it('logs a burst of joins one row each, committed before the notes are sent, in an intact chain', async () => {
    const rows = async () =>
      (
        await t.dataSource.query(
          `SELECT count(*)::int AS n FROM access_log WHERE event = 'tafel.notes.read' AND user_id = $1`,
          [scene.chair.id],
        )
      )[0].n as number;
    const before = await rows();
    const clients = Array.from({ length: 12 }, () => track(new NotesClient(url, cookies.chair)));
    // Each joined client counts the rows the moment its notes arrived: its own row is there already.
    const seen = await Promise.all(
      clients.map(async (client) => {
        expect(await client.join(tafel.id)).toMatchObject({ ok: true });
        return rows();
      }),
    );
    expect(await rows()).toBe(before + 12);
    expect(Math.min(...seen)).toBeGreaterThan(before);
    expect((await verifyAccessLog(t.dataSource)).break).toBeNull();
  });

  it('drops a read-only member’s update, tells them, and leaves the document unchanged', async () => {
    const chair = await join(cookies.chair);
    const parent = await join(cookies.parent);
    const before = await storedText(t.dataSource, tafel.id, 'decision');
    parent.type('decision', 'Wij zijn het oneens');
    await parent.settled();
    expect(parent.refusals.map((e) => e.code)).toEqual(['read_only']);
    expect(parent.acknowledged).toEqual([]);
    await chair.socket.emitWithAck('notes:leave', { tafelId: tafel.id });
    expect(chair.text('decision')).toBe(before);
    expect(await storedText(t.dataSource, tafel.id, 'decision')).toBe(before);
  });

  it('gives every member of a large room (merged messages, frames built once) every keystroke, and nobody a reader’s', async () => {
    const followers = await Promise.all(
      Array.from({ length: IMMEDIATE_ROOM_SIZE }, () => join(cookies.secretary)),
    );
    const parent = await join(cookies.parent);
    const writers = [await join(cookies.chair), await join(cookies.secretary)];
    const tokens = Array.from({ length: 20 }, (_, i) => `<w${i % 2}.${i}.${'x'.repeat(i * 4)}>`);
    tokens.forEach((token, i) => writers[i % 2]?.type('going_well', token));
    parent.type('going_well', '<parent>');
    const everyToken = (text: string) => tokens.every((token) => text.includes(token));
    const members = [...followers, parent, ...writers];
    await Promise.all(members.map((member) => member.waitForText('going_well', everyToken)));
    await Promise.all([parent, ...writers].map((client) => client.settled()));
    expect(parent.refusals.map((e) => e.code)).toEqual(['read_only']);
    const stored = await storedText(t.dataSource, tafel.id, 'going_well');
    for (const text of [stored, ...[...followers, ...writers].map((member) => member.text('going_well'))]) {
      expect(text).not.toContain('<parent>');
      tokens.forEach((token) => expect(text.split(token)).toHaveLength(2));
    }
  });

  it('refuses malformed, oversized and too frequent messages without harming the document', async () => {
    const chair = await join(cookies.chair);
    const secretary = await join(cookies.secretary);
    const before = await storedText(t.dataSource, tafel.id, 'worries');
    const send = (message: unknown) =>
      chair.socket.emitWithAck('notes:update', message as { tafelId: string; update: Uint8Array });
    const code = async (message: unknown) => {
      const result = await send(message);
      return result.ok ? 'ok' : result.error.code;
    };
    const outside = new Y.Doc();
    outside.getXmlFragment('elsewhere').insert(0, [new Y.XmlText('x')]);
    expect(await code({ tafelId: tafel.id, update: 'not bytes' })).toBe('invalid_message');
    expect(await code({ tafelId: tafel.id, update: new Uint8Array([9, 9, 9, 9]) })).toBe('invalid_message');
    expect(await code({ tafelId: tafel.id, update: Y.encodeStateAsUpdate(outside) })).toBe('invalid_message');
    expect(await code({ tafelId: tafel.id, update: new Uint8Array(REALTIME_MAX_MESSAGE_BYTES + 1) })).toBe(
      'invalid_message',
    );
    expect(await code({ tafelId: 'x', update: new Uint8Array([0, 0]) })).toBe('invalid_message');
    expect(await code(null)).toBe('invalid_message');
    // Without an acknowledgement the refusal comes as an error event.
    const event = nextEvent<RealtimeError>(
      (l) => (chair.socket.on('realtime:error', l), () => chair.socket.off('realtime:error', l)),
    );
    chair.socket.emit('notes:update', { tafelId: tafel.id, update: 'x' } as never, undefined as never);
    expect((await event).code).toBe('invalid_message');
    const burst = await Promise.all(
      Array.from({ length: 200 }, () => code({ tafelId: tafel.id, update: new Uint8Array([7]) })),
    );
    expect(burst).toContain('rate_limited');
    expect(await storedText(t.dataSource, tafel.id, 'worries')).toBe(before);
    // The connection and the document still work.
    const fresh = track(await joinedClient(url, cookies.secretary, tafel.id));
    fresh.type('worries', ' Nog iets.');
    await secretary.waitForText('worries', (s) => s.endsWith(' Nog iets.'));
    // Shown before it is committed: the next test reads the stored notes, so wait for the commit.
    await fresh.settled();
    expect(fresh.acknowledged).toHaveLength(1);
  });

  it('closes a connection whose frame is no socket.io packet, and keeps serving the tafel', async () => {
    const chair = await join(cookies.chair);
    const secretary = await join(cookies.secretary);
    const before = await storedText(t.dataSource, tafel.id, 'worries');
    const closed = nextEvent<string>(
      (l) => (chair.socket.on('disconnect', l), () => chair.socket.off('disconnect', l)),
    );
    // Below socket.io: a binary frame that is not msgpack (0xc1 is never used by msgpack).
    chair.socket.io.engine.write(new Uint8Array([0xc1, 0x00]) as unknown as string);
    expect(await closed).toBe('transport close');
    expect(await storedText(t.dataSource, tafel.id, 'worries')).toBe(before);
    secretary.type('worries', ' Daarna.');
    const fresh = track(await joinedClient(url, cookies.chair, tafel.id));
    await fresh.waitForText('worries', (s) => s.endsWith(' Daarna.'));
  });

  it('stamps presence with the server’s name and role: nobody can pose as someone else', async () => {
    const chair = await join(cookies.chair);
    const parent = await join(cookies.parent);
    const claimed = new Awareness(parent.doc);
    claimed.setLocalState({ cursor: 4, user: { name: 'De voorzitter', role: 'chair' } });
    const seen = nextEvent<{ update: Uint8Array }>(
      (l) => (chair.socket.on('notes:awareness', l), () => chair.socket.off('notes:awareness', l)),
    );
    const answer = await parent.socket.emitWithAck('notes:awareness', {
      tafelId: tafel.id,
      update: encodeAwarenessUpdate(claimed, [parent.doc.clientID]),
    });
    expect(answer).toEqual({ ok: true });
    const view = new Awareness(new Y.Doc());
    applyAwarenessUpdate(view, new Uint8Array((await seen).update), null);
    const user = view.getStates().get(parent.doc.clientID)?.['user'] as PresenceUser;
    expect(user).toEqual({
      id: scene.parentUser.id,
      name: scene.parentUser.displayName,
      role: 'parent',
      access: 'read',
    });
    claimed.destroy();
    view.destroy();
  });

  it('refuses a handshake without a session or from another origin', async () => {
    const anonymous = track(new NotesClient(url, ''));
    await expect(anonymous.connected()).rejects.toThrow('unauthorised');
    const foreign = track(new NotesClient(url, cookies.chair, 'https://evil.example'));
    await expect(foreign.connected()).rejects.toThrow('origin_refused');
    // The request's own host is not on the allow-list (APP_URL, CORS_ORIGINS): the Host header is the client's.
    const ownHost = track(new NotesClient(url, cookies.chair, new URL(url).origin));
    await expect(ownHost.connected()).rejects.toThrow('origin_refused');
    const ours = track(new NotesClient(url, cookies.chair, new URL(t.config.appUrl).origin));
    await expect(ours.connected()).resolves.toBeUndefined();
  });

  it('disconnects within seconds after logout and after the account is deactivated', async () => {
    const raad = await makeUser(t.dataSource, 'professional', {}, 'raad');
    const seated = await makeSeatedTafel(t.dataSource, scene.theCase.id, scene.coordinator, [
      { role: 'raad', userId: raad.id },
      { role: 'chair', userId: scene.chair.id },
    ]);
    const disconnected = (c: NotesClient) =>
      nextEvent<string>((l) => (c.socket.on('disconnect', l), () => c.socket.off('disconnect', l)));

    const first = await sessionCookie(t.app, raad);
    const loggedOut = track(await joinedClient(url, first, seated.id));
    const gone = disconnected(loggedOut);
    await request(t.app.getHttpServer()).post('/api/v1/auth/logout').set('cookie', first).expect(204);
    await gone;
    expect(loggedOut.errors.map((e) => e.code)).toEqual(['unauthorised']);

    const second = track(await joinedClient(url, await sessionCookie(t.app, raad), seated.id));
    const gone2 = disconnected(second);
    await t.dataSource.query('UPDATE app_user SET active = false WHERE id = $1', [raad.id]);
    await gone2;
    expect(second.errors.map((e) => e.code)).toEqual(['unauthorised']);
  });

  it('disconnects when the seat at the tafel is withdrawn, and only that connection', async () => {
    const gi = await makeUser(t.dataSource, 'professional', {}, 'gi');
    const seated = await makeSeatedTafel(t.dataSource, scene.theCase.id, scene.coordinator, [
      { role: 'gi', userId: gi.id },
      { role: 'chair', userId: scene.chair.id },
    ]);
    const client = track(await joinedClient(url, await sessionCookie(t.app, gi), seated.id));
    // Re-checked in the same round (one query for every connection's rooms): they stay.
    const chair = track(await joinedClient(url, cookies.chair, seated.id));
    const other = await join(cookies.secretary);
    const gone = nextEvent<string>(
      (l) => (client.socket.on('disconnect', l), () => client.socket.off('disconnect', l)),
    );
    await t.dataSource.query('DELETE FROM tafel_participant WHERE tafel_id = $1 AND user_id = $2', [
      seated.id,
      gi.id,
    ]);
    await gone;
    expect(client.errors.map((e) => e.code)).toEqual(['unauthorised']);
    await new Promise((resolve) => setTimeout(resolve, 600));
    for (const stays of [chair, other]) {
      expect(stays.socket.connected).toBe(true);
      stays.type('worries', 'nog hier');
      await stays.settled();
      expect(stays.refusals).toEqual([]);
      expect(stays.errors).toEqual([]);
    }
  });

  it('disconnects an added professional once the coordinator ends their membership of the case', async () => {
    const wijkteam = await makeUser(t.dataSource, 'professional');
    await addProfessional(t.dataSource, scene.theCase.id, wijkteam);
    const client = track(new NotesClient(url, await sessionCookie(t.app, wijkteam)));
    expect(await client.join(tafel.id)).toMatchObject({ ok: true, access: 'read' });
    const gone = nextEvent<string>(
      (l) => (client.socket.on('disconnect', l), () => client.socket.off('disconnect', l)),
    );
    const coordinator = await loginAs(t.app, scene.coordinator.email, TEST_PASSWORD);
    await coordinator.delete(`/api/v1/cases/${scene.theCase.id}/professionals/${wijkteam.id}`).expect(204);
    await gone;
    expect(client.errors.map((e) => e.code)).toEqual(['unauthorised']);
  });

  it('freezes the notes once the tafel is concluded: its writers only read, on joining and in an open room', async () => {
    const concluded = await makeSeatedTafel(t.dataSource, scene.theCase.id, scene.coordinator, [
      { role: 'chair', userId: scene.chair.id },
    ]);
    const open = track(await joinedClient(url, cookies.chair, concluded.id));
    open.type('decision', 'Besluit: ');
    await open.settled();
    await t.dataSource.query(`UPDATE tafel SET status = 'concluded' WHERE id = $1`, [concluded.id]);

    const late = track(new NotesClient(url, cookies.chair));
    expect(await late.join(concluded.id)).toMatchObject({ ok: true, access: 'read' });
    late.type('decision', 'achteraf');
    await late.settled();
    expect(late.refusals.map((e) => e.code)).toEqual(['read_only']);

    // The open room learns it at the next re-check (REALTIME_RECHECK_MS): from then on it only reads.
    const deadline = Date.now() + 10_000;
    while (!open.refusals.length && Date.now() < deadline) {
      open.type('decision', '.');
      await open.settled();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(open.refusals.map((e) => e.code)).toEqual(['read_only']);
    expect(await storedText(t.dataSource, concluded.id, 'decision')).not.toContain('achteraf');
  });

  it('lets an emergency access follow the notes read-only and ends the connection when it runs out', async () => {
    const vtt = await makeUser(t.dataSource, 'professional', {}, 'veilig_thuis');
    await t.dataSource.query(
      `INSERT INTO emergency_access (case_id, user_id, reason, granted_at, expires_at)
       VALUES ($1, $2, 'Acute zorg over de veiligheid van de kinderen', now(), now() + interval '1 hour')`,
      [scene.theCase.id, vtt.id],
    );
    const client = track(new NotesClient(url, await sessionCookie(t.app, vtt)));
    expect(await client.join(tafel.id)).toMatchObject({ ok: true, access: 'read' });
    const gone = nextEvent<string>(
      (l) => (client.socket.on('disconnect', l), () => client.socket.off('disconnect', l)),
    );
    await t.dataSource.query(`UPDATE emergency_access SET expires_at = now() WHERE user_id = $1`, [vtt.id]);
    await gone;
    expect(client.errors.map((e) => e.code)).toEqual(['unauthorised']);
  });

  it('broadcasts the meeting state after commit and lets a reconnecting client catch up to exactly the current version', async () => {
    const roomState = (c: NotesClient, accept: (s: RoomState) => boolean) =>
      nextEvent<RoomState>(
        (l) => (c.socket.on('room:state', l), () => c.socket.off('room:state', l)),
        accept,
      );
    const chair = await join(cookies.chair);
    const parent = await join(cookies.parent);
    const start = await parent.socket.emitWithAck('room:sync', { tafelId: tafel.id, sinceVersion: 0 });
    if (!start.ok) throw new Error(start.error.code);
    const v = start.state.version;

    const seen = roomState(parent, (s) => s.version === v + 1);
    const moved = await chair.socket.emitWithAck('room:agenda', { tafelId: tafel.id, agendaItem: 'worries' });
    expect(moved).toMatchObject({ ok: true, state: { version: v + 1, agendaItem: 'worries' } });
    expect(await seen).toMatchObject({ version: v + 1, agendaItem: 'worries', lastChange: 'agenda_item' });
    expect(
      await parent.socket.emitWithAck('room:agenda', { tafelId: tafel.id, agendaItem: 'decision' }),
    ).toMatchObject({ ok: false, error: { code: 'read_only' } });
    expect(
      await chair.socket.emitWithAck('room:agenda', { tafelId: tafel.id, agendaItem: 'nope' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_message' },
    });

    // The parent drops out; meanwhile the chair moves on and a change arrives over REST (an RSVP).
    parent.goOffline();
    const rest = roomState(chair, (s) => s.lastChange === 'rsvp');
    await chair.socket.emitWithAck('room:agenda', { tafelId: tafel.id, agendaItem: 'decision' });
    const raad = await sessionCookie(t.app, scene.raad);
    await request(t.app.getHttpServer())
      .put(`/api/v1/tafels/${tafel.id}/rsvp`)
      .set('cookie', raad)
      .send({ response: 'accepted' })
      .expect(200);
    expect(await rest).toMatchObject({ version: v + 3, agendaItem: 'decision' });

    const back = await join(cookies.parent);
    const caughtUp = await back.socket.emitWithAck('room:sync', { tafelId: tafel.id, sinceVersion: v + 1 });
    expect(caughtUp).toEqual({
      ok: true,
      changed: true,
      state: {
        tafelId: tafel.id,
        version: v + 3,
        agendaItem: 'decision',
        status: 'scheduled',
        lastChange: 'rsvp',
        sharedSections: [],
      },
    });
    const unchanged = await back.socket.emitWithAck('room:sync', { tafelId: tafel.id, sinceVersion: v + 3 });
    expect(unchanged).toMatchObject({ ok: true, changed: false });
  });
});
