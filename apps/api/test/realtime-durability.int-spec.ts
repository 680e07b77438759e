import * as Y from 'yjs';
import {
  COMPACT_AFTER_UPDATES,
  HeldCompaction,
  HeldNotes,
  NoteStore,
} from '../src/modules/tafel-notes/note-store.service';
import { TafelNotesService } from '../src/modules/tafel-notes/tafel-notes.service';
import { TafelEntity } from '../src/modules/tafels/entities/tafel.entity';
import {
  NotesClient,
  appendText,
  joinedClient,
  listen,
  makeSeatedTafel,
  sectionText,
  sessionCookie,
  storedText,
} from './support/notes-client';
import { makeTafelScene } from './support/tafel-scene';
import { TestApp, createTestApp } from './support/test-app';

describe('live notes durability', () => {
  let t: TestApp;
  let scene: Awaited<ReturnType<typeof makeTafelScene>>;
  const clients: NotesClient[] = [];
  const apps: TestApp[] = [];
  const track = (client: NotesClient) => (clients.push(client), client);

  const newTafel = () =>
    makeSeatedTafel(t.dataSource, scene.theCase.id, scene.coordinator, [
      { role: 'chair', userId: scene.chair.id },
      { role: 'secretary', userId: scene.secretary.id },
    ]);

  /** Another API instance on the same database, as after a restart. */
  const instance = async () => {
    const other = await createTestApp();
    apps.push(other);
    return { app: other, url: await listen(other.app) };
  };

  /** Appends text to a section of a document and returns the update that did it. */
  const typed = (doc: Y.Doc, section: string, text: string) => {
    const before = Y.encodeStateVector(doc);
    appendText(doc, section, text);
    return Y.encodeStateAsUpdate(doc, before);
  };

  /** Another instance's batch, its id taken now; it commits when `commit` is called. */
  const uncommitted = async (tafelId: string, section: string, text: string) => {
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await runner.query('INSERT INTO tafel_note_update (tafel_id, update) VALUES ($1, $2)', [
      tafelId,
      Buffer.from(typed(new Y.Doc(), section, text)),
    ]);
    return { commit: () => runner.commitTransaction().finally(() => runner.release()) };
  };

  beforeAll(async () => {
    t = await createTestApp();
    scene = await makeTafelScene(t.dataSource);
  });
  afterEach(() => clients.splice(0).forEach((c) => c.close()));
  afterAll(async () => {
    for (const app of apps.splice(0)) await app.close().catch(() => undefined);
    await t.close();
  });

  it('appends updates in batches, not one INSERT per keystroke, and acknowledges each after its commit', async () => {
    const { app, url } = await instance();
    const tafel = await newTafel();
    const writer = track(await joinedClient(url, await sessionCookie(app.app, scene.chair), tafel.id));
    const append = jest.spyOn(app.app.get(NoteStore), 'append');
    for (let i = 0; i < 30; i++) writer.type('going_well', `${i};`);
    await writer.settled();
    expect(writer.acknowledged).toHaveLength(30);
    const rows = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM tafel_note_update WHERE tafel_id = $1',
      [tafel.id],
    );
    expect(rows[0].n).toBe(30);
    expect(append.mock.calls.length).toBeLessThan(10);
    append.mockRestore();
  });

  it('flushes everything received before the process stops (SIGTERM runs app.close)', async () => {
    const stopping = await instance();
    const tafel = await newTafel();
    const cookie = await sessionCookie(stopping.app.app, scene.chair);
    const writer = track(await joinedClient(stopping.url, cookie, tafel.id));
    const watcher = track(
      await joinedClient(stopping.url, await sessionCookie(stopping.app.app, scene.secretary), tafel.id),
    );
    // Hold the notes table so that the batch is certainly still waiting when shutdown begins.
    const blocker = t.dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query('LOCK TABLE tafel_note_update IN EXCLUSIVE MODE');
    for (let i = 0; i < 20; i++) writer.type('decision', `d${i} `);
    await watcher.waitForText('decision', (s) => s.includes('d19'));
    const closed = stopping.app.close();
    await blocker.commitTransaction();
    await blocker.release();
    await closed;
    const expected = watcher.text('decision');
    expect(expected).toContain('d19');
    expect(await storedText(t.dataSource, tafel.id, 'decision')).toBe(expected);
  });

  it('merges an offline client’s edits once, without loss or duplication', async () => {
    const url = await instance().then((i) => i.url);
    const tafel = await newTafel();
    const chair = track(
      await joinedClient(url, await sessionCookie(apps[apps.length - 1].app, scene.chair), tafel.id),
    );
    const secretaryCookie = await sessionCookie(apps[apps.length - 1].app, scene.secretary);
    const secretary = track(await joinedClient(url, secretaryCookie, tafel.id));
    chair.type('agreements', 'A ');
    await secretary.waitForText('agreements', (s) => s === 'A ');

    const offlineDoc = secretary.doc;
    secretary.goOffline();
    secretary.type('agreements', 'offline ');
    chair.type('agreements', 'online ');
    await chair.settled();

    // Reconnect twice with the same document: the second sync must not duplicate anything.
    for (let round = 0; round < 2; round++) {
      const back = track(new NotesClient(url, secretaryCookie));
      Y.applyUpdate(back.doc, Y.encodeStateAsUpdate(offlineDoc));
      expect((await back.join(tafel.id)).ok).toBe(true);
      await back.settled();
      await chair.waitForText('agreements', (s) => s.includes('offline'));
      expect(back.text('agreements')).toBe(chair.text('agreements'));
    }
    const text = chair.text('agreements');
    expect(text.split('offline').length - 1).toBe(1);
    expect(text.split('online').length - 1).toBe(1);
    expect(await storedText(t.dataSource, tafel.id, 'agreements')).toBe(text);
  });

  it('refuses to open notes that cannot be loaded and never replaces them', async () => {
    const url = await instance().then((i) => i.url);
    const tafel: TafelEntity = await newTafel();
    await t.dataSource.query('INSERT INTO tafel_note_update (tafel_id, update) VALUES ($1, $2)', [
      tafel.id,
      Buffer.from([1, 2, 3, 4, 5]),
    ]);
    const chair = track(new NotesClient(url, await sessionCookie(apps[apps.length - 1].app, scene.chair)));
    const joined = await chair.join(tafel.id);
    expect(joined).toMatchObject({ ok: false, error: { code: 'notes_unavailable' } });
    const store = apps[apps.length - 1].app.get(NoteStore);
    await expect(store.compact(tafel.id, 1)).rejects.toThrow();
    const rows = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM tafel_note_update WHERE tafel_id = $1) AS updates,
              (SELECT count(*)::int FROM tafel_note_snapshot WHERE tafel_id = $1) AS snapshots`,
      [tafel.id],
    );
    expect(rows[0]).toEqual({ updates: 1, snapshots: 0 });
  });

  it('compacts updates into a snapshot that loads to the same notes', async () => {
    const url = await instance().then((i) => i.url);
    const tafel = await newTafel();
    const chair = track(
      await joinedClient(url, await sessionCookie(apps[apps.length - 1].app, scene.chair), tafel.id),
    );
    for (let i = 0; i < 30; i++) chair.type('opening', `${i},`);
    await chair.settled();
    const before = await storedText(t.dataSource, tafel.id, 'opening');
    const store = t.app.get(NoteStore);
    expect(await store.backlog(tafel.id)).toBeGreaterThan(1);
    expect(await store.compact(tafel.id, 1)).toBe(true);
    expect(await store.backlog(tafel.id)).toBe(0);
    expect(await storedText(t.dataSource, tafel.id, 'opening')).toBe(before);
    chair.type('opening', 'na');
    await chair.settled();
    const fresh = await instance();
    const reader = track(
      await joinedClient(fresh.url, await sessionCookie(fresh.app.app, scene.secretary), tafel.id),
    );
    expect(reader.text('opening')).toBe(`${before}na`);
  });

  it('keeps an update that commits with a lower id after a compaction folded the higher ones', async () => {
    const url = await instance().then((i) => i.url);
    const tafel = await newTafel();
    const chair = track(
      await joinedClient(url, await sessionCookie(apps[apps.length - 1].app, scene.chair), tafel.id),
    );
    chair.type('opening', 'eerst,');
    await chair.settled();
    // Another instance's batch: its id is taken now, its commit comes after the compaction below.
    const late = new Y.Doc();
    appendText(late, 'agreements', 'later gecommit');
    const other = t.dataSource.createQueryRunner();
    await other.connect();
    await other.startTransaction();
    await other.query('INSERT INTO tafel_note_update (tafel_id, update) VALUES ($1, $2)', [
      tafel.id,
      Buffer.from(Y.encodeStateAsUpdate(late)),
    ]);
    chair.type('opening', 'daarna');
    await chair.settled();
    expect(await t.app.get(NoteStore).compact(tafel.id, 1)).toBe(true);
    await other.commitTransaction();
    await other.release();
    const fresh = await instance();
    const reader = track(
      await joinedClient(fresh.url, await sessionCookie(fresh.app.app, scene.secretary), tafel.id),
    );
    expect(reader.text('opening')).toBe('eerst,daarna');
    expect(reader.text('agreements')).toBe('later gecommit');
  });

  it('compacts from the document held in memory, deleting only the updates it holds', async () => {
    const { app } = await instance();
    const tafel = await newTafel();
    const notes = app.app.get(TafelNotesService);
    const store = app.app.get(NoteStore);
    const compactHeld = store.compactHeld.bind(store);
    const fromRows = jest.spyOn(store, 'compact');
    let compacted: Promise<HeldCompaction | null> = Promise.resolve(null);
    const started = new Promise<void>((resolve) =>
      jest.spyOn(store, 'compactHeld').mockImplementation((tafelId, held) => {
        compacted = compactHeld(tafelId, held);
        resolve();
        return compacted;
      }),
    );
    await notes.join(tafel.id, tafel.momentType, 'verbinding');
    // Committed by another instance after this one loaded, and its relay never arrived: not in the document.
    const [elsewhere]: { id: string }[] = await t.dataSource.query(
      'INSERT INTO tafel_note_update (tafel_id, update) VALUES ($1, $2) RETURNING id',
      [tafel.id, Buffer.from(typed(new Y.Doc(), 'agreements', 'elders gecommit'))],
    );
    const late = await uncommitted(tafel.id, 'decision', 'later gecommit');
    const doc = new Y.Doc();
    const writes: Promise<void>[] = [];
    for (let i = 0; i < 2 * COMPACT_AFTER_UPDATES; i++)
      writes.push(notes.write(tafel.id, typed(doc, 'opening', `${i},`), 'verbinding'));
    await Promise.all(writes);
    await started;
    expect(await compacted).toMatchObject({ snapshotVersion: expect.any(String) });
    expect(fromRows).not.toHaveBeenCalled();
    await late.commit();
    const kept = await t.dataSource.query('SELECT id FROM tafel_note_update WHERE id = $1', [elsewhere.id]);
    expect(kept).toHaveLength(1);
    const fresh = await instance();
    const reader = track(
      await joinedClient(fresh.url, await sessionCookie(fresh.app.app, scene.secretary), tafel.id),
    );
    expect(reader.text('opening')).toBe(sectionText(doc, 'opening'));
    expect(reader.text('agreements')).toBe('elders gecommit');
    expect(reader.text('decision')).toBe('later gecommit');
    notes.leave(tafel.id, 'verbinding');
  });

  it('merges a snapshot another instance wrote meanwhile into a compaction from memory', async () => {
    const tafel = await newTafel();
    const store = t.app.get(NoteStore);
    const doc = new Y.Doc();
    await store.append([{ tafelId: tafel.id, update: typed(doc, 'opening', 'een,') }]);
    const loaded = await store.load(tafel.id);
    const held: HeldNotes = {
      snapshotVersion: loaded.snapshotVersion,
      updateIds: new Set(loaded.updateIds),
      state: () => Y.encodeStateAsUpdate(doc),
    };
    // Another instance writes and compacts: the snapshot now holds what this document lacks.
    await store.append([{ tafelId: tafel.id, update: typed(new Y.Doc(), 'agreements', 'twee') }]);
    expect(await store.compact(tafel.id, 1)).toBe(true);
    const ids = await store.append([{ tafelId: tafel.id, update: typed(doc, 'opening', 'drie') }]);
    const done = await store.compactHeld(tafel.id, {
      ...held,
      updateIds: new Set([...held.updateIds, ...(ids.get(tafel.id) ?? [])]),
    });
    expect(done).toMatchObject({ snapshotVersion: null });
    expect(await store.backlog(tafel.id)).toBe(0);
    expect(await storedText(t.dataSource, tafel.id, 'opening')).toBe('een,drie');
    expect(await storedText(t.dataSource, tafel.id, 'agreements')).toBe('twee');
    // A document loaded from that snapshot contains it: its compaction needs no merge.
    const again = await store.load(tafel.id);
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, again.snapshot as Uint8Array);
    typed(fresh, 'opening', 'vier');
    const [more] = (
      await store.append([{ tafelId: tafel.id, update: typed(fresh, 'opening', '.') }])
    ).values();
    const next = await store.compactHeld(tafel.id, {
      snapshotVersion: again.snapshotVersion,
      updateIds: new Set(more),
      state: () => Y.encodeStateAsUpdate(fresh),
    });
    expect(next?.snapshotVersion).toEqual(expect.any(String));
    expect(next?.snapshotVersion).not.toBe(again.snapshotVersion);
    expect(await storedText(t.dataSource, tafel.id, 'opening')).toBe('een,drievier.');
  });
});
