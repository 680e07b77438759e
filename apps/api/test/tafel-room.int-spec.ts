import { NotesJoined, RoomState, SharedNotes, TafelDetail, Verslag } from '@tafel/shared/contracts';
import { TEST_PASSWORD } from './support/factories';
import { NotesClient, joinedClient, listen, nextEvent, sessionCookie } from './support/notes-client';
import { Agent, NO_INVESTIGATION, makeTafelScene, tafelsOnTheirDay } from './support/tafel-scene';
import { TestApp, createTestApp, loginAs } from './support/test-app';

const WORRIES = 'Geheim: de zorgen van de professionals over vader.';
const GOING_WELL = 'Daan gaat graag naar voetbal.';

/** Everything a socket received, as text: binary payloads (Yjs updates) decoded, so text in them shows. */
function asText(value: unknown): string {
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : value;
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  }
  if (Array.isArray(value)) return value.map(asText).join(' ');
  if (value && typeof value === 'object') return Object.values(value).map(asText).join(' ');
  return String(value);
}

/**
 * "Delen met kind": a child under 16 follows the tafel without the professionals' notes; the chair
 * shares a section with them, and the server sends them exactly that section's text — live, and in the
 * verslag — and never the rest, not through the notes document either.
 */
describe('sharing a section of the notes with a child under 16', () => {
  let t: TestApp;
  let url: string;
  let scene: Awaited<ReturnType<typeof makeTafelScene>>;
  let tafel: TafelDetail;
  let chair: Agent;
  let writer: NotesClient;
  let child: NotesClient;
  const received: string[] = [];
  const shared: SharedNotes[] = [];

  const share = (agent: Agent, agendaItem: string, on: boolean) =>
    agent.put(`/api/v1/tafels/${tafel.id}/room/share`).send({ agendaItem, shared: on });
  const nextShared = (accept: (m: SharedNotes) => boolean) =>
    nextEvent<SharedNotes>((listener) => {
      child.socket.on('room:shared', listener);
      return () => child.socket.off('room:shared', listener);
    }, accept);

  beforeAll(async () => {
    t = await createTestApp();
    url = await listen(t.app);
    scene = await makeTafelScene(t.dataSource);
    const coordinator = await loginAs(t.app, scene.coordinator.email, TEST_PASSWORD);
    chair = await loginAs(t.app, scene.chair.email, TEST_PASSWORD);
    tafel = await tafelsOnTheirDay(t.dataSource, scene, coordinator)();
    await chair.post(`/api/v1/tafels/${tafel.id}/open`).expect(200);
    writer = await joinedClient(url, await sessionCookie(t.app, scene.chair), tafel.id);
    writer.type('worries', WORRIES);
    await writer.settled();
  });
  afterAll(async () => {
    writer?.close();
    child?.close();
    await t.close();
  });

  it('lets the 14-year-old join with an empty document and nothing shared', async () => {
    child = new NotesClient(url, await sessionCookie(t.app, scene.youthUser));
    child.socket.onAny((event: string, ...args: unknown[]) => received.push(`${event} ${asText(args)}`));
    child.socket.on('room:shared', (message) => shared.push(message));
    const first = nextShared(() => true);
    const joined = (await child.join(tafel.id)) as NotesJoined;
    expect(joined).toMatchObject({ ok: true, access: 'read' });
    expect(asText(joined)).not.toContain('Geheim');
    expect(child.text('worries')).toBe('');
    expect(await first).toEqual({ tafelId: tafel.id, sections: [] });
  });

  it('lets only the chair share, and only an agenda item of the tafel', async () => {
    const secretary = await loginAs(t.app, scene.secretary.email, TEST_PASSWORD);
    const raad = await loginAs(t.app, scene.raad.email, TEST_PASSWORD);
    const parent = await loginAs(t.app, scene.parentUser.email, TEST_PASSWORD);
    for (const agent of [secretary, raad, parent]) {
      const res = await share(agent, 'going_well', true);
      expect([res.status, res.headers['content-type']]).toEqual([
        403,
        expect.stringContaining('problem+json'),
      ]);
    }
    const unknown = await share(chair, 'secrets', true);
    expect(unknown.status).toBe(400);
    expect(unknown.body.invalidParams.map((p: { name: string }) => p.name)).toEqual(['agendaItem']);
    expect((await share(chair, 'going_well', 'ja' as unknown as boolean)).status).toBe(400);
    const [row] = await t.dataSource.query(
      'SELECT shared_sections AS "sharedSections" FROM tafel_room_state WHERE tafel_id = $1',
      [tafel.id],
    );
    expect(row?.sharedSections ?? []).toEqual([]);
  });

  it('sends the child exactly the shared section, live, and nothing of the rest', async () => {
    writer.type('going_well', GOING_WELL);
    await writer.settled();
    const arrived = nextShared((m) => m.sections.length === 1);
    const res = await share(chair, 'going_well', true);
    expect(res.status).toBe(200);
    expect((res.body as RoomState).sharedSections).toEqual(['going_well']);
    expect(await arrived).toEqual({ tafelId: tafel.id, sections: [{ key: 'going_well', text: GOING_WELL }] });

    const more = nextShared((m) => m.sections[0]?.text.includes('En aan tafel.') ?? false);
    writer.type('worries', ' Geheim: nog meer.');
    writer.type('going_well', ' En aan tafel.');
    await writer.settled();
    expect((await more).sections).toEqual([{ key: 'going_well', text: `${GOING_WELL} En aan tafel.` }]);
    expect(received.join('\n')).not.toContain('Geheim');
    expect(received.some((r) => r.startsWith('notes:update'))).toBe(false);
    expect(child.text('worries')).toBe('');
  });

  it('takes the section away again when the chair stops sharing it', async () => {
    const gone = nextShared((m) => m.sections.length === 0);
    const res = await share(chair, 'going_well', false);
    expect((res.body as RoomState).sharedSections).toEqual([]);
    expect(await gone).toEqual({ tafelId: tafel.id, sections: [] });
  });

  it('shows the child only the shared section of the adopted verslag', async () => {
    await share(chair, 'going_well', true).expect(200);
    await chair.post(`/api/v1/tafels/${tafel.id}/decision`).send(NO_INVESTIGATION).expect(200);
    await chair.post(`/api/v1/tafels/${tafel.id}/verslag/adopt`).expect(200);
    const youth = await loginAs(t.app, scene.youthUser.email, TEST_PASSWORD);
    const verslag: Verslag = (await youth.get(`/api/v1/tafels/${tafel.id}/verslag`).expect(200)).body;
    expect(verslag.content.discussion).toEqual([
      { key: 'going_well', title: expect.any(String), text: `${GOING_WELL} En aan tafel.` },
    ]);
    expect(JSON.stringify(verslag)).not.toContain('Geheim');
    expect(JSON.stringify(verslag)).not.toContain(NO_INVESTIGATION.rationale);
    expect(verslag.hash).toBeNull();
    expect(verslag.sharedSectionsOnly).toBe(true);

    await share(chair, 'going_well', false).expect(200);
    const withheld = await youth.get(`/api/v1/tafels/${tafel.id}/verslag`);
    expect(withheld.status).toBe(403);
    const parent = await loginAs(t.app, scene.parentUser.email, TEST_PASSWORD);
    const full: Verslag = (await parent.get(`/api/v1/tafels/${tafel.id}/verslag`).expect(200)).body;
    expect(full.content.discussion.find((s) => s.key === 'worries')?.text).toContain('Geheim');
    expect(full.sharedSectionsOnly).toBe(false);
  });
});
