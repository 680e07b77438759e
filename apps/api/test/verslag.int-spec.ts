import { createHash } from 'node:crypto';
import { ChainEvent, TafelDetail, Verslag } from '@tafel/shared/contracts';
import { addWorkingDays, toIsoDate } from '@tafel/shared/util';
import { VerslagDraftsService } from '../src/modules/verslagen/verslag-drafts.service';
import { TEST_PASSWORD } from './support/factories';
import { pdfBody, readPdf } from './support/read-pdf';
import {
  Agent,
  NO_INVESTIGATION,
  makeTafelScene,
  notesUpdate,
  tafelsOnTheirDay,
  validRequest,
} from './support/tafel-scene';
import { TestApp, createTestApp, loginAs } from './support/test-app';

describe('the tafel room lifecycle and the verslag', () => {
  let t: TestApp;
  let scene: Awaited<ReturnType<typeof makeTafelScene>>;
  let coordinator: Agent;
  let chair: Agent;
  let secretary: Agent;
  let parent: Agent;
  let youth: Agent;
  let scheduled: () => Promise<TafelDetail>;

  const decision = NO_INVESTIGATION;

  const status = async (id: string) =>
    (await t.dataSource.query('SELECT status FROM tafel WHERE id = $1', [id]))[0].status as string;
  const events = async (type: string) =>
    ((await coordinator.get(`/api/v1/cases/${scene.theCase.id}/events`)).body as ChainEvent[]).filter(
      (e) => e.type === type,
    );
  const jobs = async (kind: string, tafelId: string) =>
    (
      await t.dataSource.query(
        `SELECT count(*)::int AS n FROM job WHERE kind = $1 AND payload->>'tafelId' = $2`,
        [kind, tafelId],
      )
    )[0].n as number;

  beforeAll(async () => {
    t = await createTestApp();
    scene = await makeTafelScene(t.dataSource);
    coordinator = await loginAs(t.app, scene.coordinator.email, TEST_PASSWORD);
    chair = await loginAs(t.app, scene.chair.email, TEST_PASSWORD);
    secretary = await loginAs(t.app, scene.secretary.email, TEST_PASSWORD);
    parent = await loginAs(t.app, scene.parentUser.email, TEST_PASSWORD);
    youth = await loginAs(t.app, scene.youthUser.email, TEST_PASSWORD);
    scheduled = tafelsOnTheirDay(t.dataSource, scene, coordinator);
  });
  afterAll(() => t.close());

  describe('the transitions', () => {
    it('opens a scheduled tafel by its chair only, once, as a chain event with its time', async () => {
      const tafel = await scheduled();
      await coordinator.post(`/api/v1/tafels/${tafel.id}/open`).expect(403);
      const before = Date.now();
      const opened = await chair.post(`/api/v1/tafels/${tafel.id}/open`).expect(200);
      expect(opened.body.status).toBe('in_session');
      const [event] = (await events('tafel_opened')).filter(
        (e) => e.type === 'tafel_opened' && e.data.tafelId === tafel.id,
      );
      expect(new Date(event.occurredAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
      const again = await chair.post(`/api/v1/tafels/${tafel.id}/open`);
      expect([again.status, again.headers['content-type']]).toEqual([
        409,
        expect.stringContaining('problem+json'),
      ]);
    });

    it('refuses to open a requested tafel (not scheduled yet)', async () => {
      const tafel: TafelDetail = (
        await coordinator.post('/api/v1/tafels').send(validRequest(scene.theCase.id))
      ).body;
      await t.dataSource.query(
        `INSERT INTO tafel_participant (tafel_id, role, user_id) VALUES ($1, 'chair', $2)`,
        [tafel.id, scene.chair.id],
      );
      expect((await chair.post(`/api/v1/tafels/${tafel.id}/open`)).status).toBe(409);
      expect(await status(tafel.id)).toBe('requested');
    });

    it('refuses to adopt before the tafel is concluded, and to open or adopt after adoption', async () => {
      const tafel = await scheduled();
      await chair.post(`/api/v1/tafels/${tafel.id}/open`).expect(200);
      expect((await chair.post(`/api/v1/tafels/${tafel.id}/verslag/adopt`)).status).toBe(409);
      expect(await status(tafel.id)).toBe('in_session');
      await chair.post(`/api/v1/tafels/${tafel.id}/decision`).send(decision).expect(200);
      expect(await status(tafel.id)).toBe('concluded');
      await chair.post(`/api/v1/tafels/${tafel.id}/verslag/adopt`).expect(200);
      expect(await status(tafel.id)).toBe('minutes_adopted');
      const twice = await secretary.post(`/api/v1/tafels/${tafel.id}/verslag/adopt`);
      expect([twice.status, twice.body.code]).toEqual([409, 'invalid_state']);
      expect((await chair.post(`/api/v1/tafels/${tafel.id}/open`)).status).toBe(409);
      const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM verslag WHERE tafel_id = $1', [
        tafel.id,
      ]);
      expect(n).toBe(1);
    });

    it('freezes a draft under the tafel row lock, so a decision committing meanwhile is in it', async () => {
      const tafel = await scheduled();
      const rationale = 'Besloten terwijl de draft op het slot wachtte.';
      const decider = t.dataSource.createQueryRunner();
      await decider.connect();
      await decider.startTransaction();
      try {
        // A status move's transaction: the tafel's row lock first, then its writes.
        await decider.query('SELECT id FROM tafel WHERE id = $1 FOR UPDATE', [tafel.id]);
        await decider.query(
          `UPDATE tafel SET decision = 'no_investigation', decision_rationale = $2, decided_at = now()
            WHERE id = $1`,
          [tafel.id, rationale],
        );
        const draft = t.app.get(VerslagDraftsService).draft(t.dataSource.manager, tafel.id);
        await new Promise((resolve) => setTimeout(resolve, 300));
        await decider.commitTransaction();
        expect((await draft).content.rationale).toBe(rationale);
      } finally {
        if (decider.isTransactionActive) await decider.rollbackTransaction();
        await decider.release();
      }
    });
  });

  describe('one tafel, from the room to the reaction', () => {
    let tafel: TafelDetail;

    beforeAll(async () => {
      tafel = await scheduled();
      await chair.post(`/api/v1/tafels/${tafel.id}/open`).expect(200);
      await t.dataSource.query('INSERT INTO tafel_note_update (tafel_id, update) VALUES ($1, $2), ($1, $3)', [
        tafel.id,
        notesUpdate('worries', 'Zorgen over schoolverzuim van de oudste.'),
        notesUpdate('going_well', 'Moeder zoekt zelf hulp.'),
      ]);
      await chair.post(`/api/v1/tafels/${tafel.id}/decision`).send(decision).expect(200);
    });

    it('freezes the notes and the tafel into a draft with the fixed structure', async () => {
      const res = await secretary.get(`/api/v1/tafels/${tafel.id}/verslag`).expect(200);
      const draft: Verslag = res.body;
      expect(draft.status).toBe('draft');
      expect(draft.hash).toBeNull();
      expect(draft.content.discussion.map((s) => [s.key, s.text])).toEqual([
        ['opening', ''],
        ['worries', 'Zorgen over schoolverzuim van de oudste.'],
        ['going_well', 'Moeder zoekt zelf hulp.'],
        ['help_tried', ''],
        ['family_view', ''],
        ['decision', ''],
        ['agreements', ''],
      ]);
      expect(draft.content).toMatchObject({
        momentType: 'toeleiding',
        place: 'Stadskantoor, spreekkamer 2',
        childHeard: 'in_person',
        decision: 'no_investigation',
        rationale: decision.rationale,
        parentsView: 'agree',
        parentsViewText: decision.parentsViewText,
      });
      expect(draft.content.participants.map((p) => p.role)).toEqual(
        expect.arrayContaining(['chair', 'raad', 'parent']),
      );
    });

    it('keeps the draft from the family and from a reaction', async () => {
      expect((await parent.get(`/api/v1/tafels/${tafel.id}/verslag`)).status).toBe(409);
      const reply = await parent
        .post(`/api/v1/tafels/${tafel.id}/verslag/replies`)
        .send({ text: 'Te vroeg.' });
      expect([reply.status, reply.body.code]).toEqual([409, 'invalid_state']);
    });

    it('takes corrections from the secretary, refusing an unknown section without changing anything', async () => {
      const bad = await secretary.put(`/api/v1/tafels/${tafel.id}/verslag`).send({
        discussion: [
          { key: 'opening', text: 'Welkom.' },
          { key: 'nope', text: 'x' },
        ],
      });
      expect([bad.status, bad.headers['content-type']]).toEqual([
        400,
        expect.stringContaining('problem+json'),
      ]);
      const unchanged: Verslag = (await secretary.get(`/api/v1/tafels/${tafel.id}/verslag`)).body;
      expect(unchanged.content.discussion[0].text).toBe('');
      const ok = await secretary
        .put(`/api/v1/tafels/${tafel.id}/verslag`)
        .send({ discussion: [{ key: 'opening', text: 'De voorzitter heet iedereen welkom.' }] })
        .expect(200);
      expect(ok.body.content.discussion[0].text).toBe('De voorzitter heet iedereen welkom.');
      expect((await coordinator.put(`/api/v1/tafels/${tafel.id}/verslag`).send({})).status).toBe(403);
    });

    it('adopts an immutable version whose hash matches its content, and mails every participant', async () => {
      const res = await secretary.post(`/api/v1/tafels/${tafel.id}/verslag/adopt`).expect(200);
      const adopted: Verslag = res.body;
      expect(adopted.status).toBe('adopted');
      const [row] = await t.dataSource.query('SELECT body, hash FROM verslag WHERE tafel_id = $1', [
        tafel.id,
      ]);
      expect(createHash('sha256').update(row.body, 'utf8').digest('hex')).toBe(adopted.hash);
      expect(JSON.parse(row.body).discussion[0].text).toBe('De voorzitter heet iedereen welkom.');
      await expect(
        t.dataSource.query(`UPDATE verslag SET body = '{}' WHERE tafel_id = $1`, [tafel.id]),
      ).rejects.toThrow(/append-only/);
      await expect(t.dataSource.query('DELETE FROM verslag WHERE tafel_id = $1', [tafel.id])).rejects.toThrow(
        /append-only/,
      );
      expect(await jobs('verslag.adopted', tafel.id)).toBe(1);
      expect(
        (await events('verslag_adopted')).some(
          (e) => e.type === 'verslag_adopted' && e.data.tafelId === tafel.id,
        ),
      ).toBe(true);
      expect((await secretary.put(`/api/v1/tafels/${tafel.id}/verslag`).send({})).status).toBe(409);
    });

    it('tracks the 5-working-day norm from the tafel', async () => {
      const [{ startsAt }] = await t.dataSource.query(
        'SELECT starts_at AS "startsAt" FROM tafel WHERE id = $1',
        [tafel.id],
      );
      const verslag: Verslag = (await parent.get(`/api/v1/tafels/${tafel.id}/verslag`).expect(200)).body;
      expect(verslag.dueBy).toBe(toIsoDate(addWorkingDays(startsAt, 5)));
      expect(verslag.normBroken).toBe(false);
    });

    it('shows the adopted verslag to the parent, not to a child under 16', async () => {
      const verslag: Verslag = (await parent.get(`/api/v1/tafels/${tafel.id}/verslag`).expect(200)).body;
      expect(verslag.content.rationale).toBe(decision.rationale);
      expect((await youth.get(`/api/v1/tafels/${tafel.id}/verslag`)).status).toBe(403);
      expect((await youth.get(`/api/v1/tafels/${tafel.id}/verslag/pdf`)).status).toBe(403);
    });

    it('attaches a reaction of the parent, dated, never merged; notifies the coordinator', async () => {
      const empty = await parent.post(`/api/v1/tafels/${tafel.id}/verslag/replies`).send({ text: '   ' });
      expect(empty.status).toBe(400);
      const res = await parent
        .post(`/api/v1/tafels/${tafel.id}/verslag/replies`)
        .send({ text: 'Wij willen graag dat de school ook meedenkt.' })
        .expect(201);
      const verslag: Verslag = res.body;
      expect(verslag.replies.map((r) => r.text)).toEqual(['Wij willen graag dat de school ook meedenkt.']);
      expect(Date.parse(verslag.replies[0].createdAt)).not.toBeNaN();
      const [row] = await t.dataSource.query('SELECT body, hash FROM verslag WHERE tafel_id = $1', [
        tafel.id,
      ]);
      expect(row.hash).toBe(verslag.hash);
      expect(row.body).not.toContain('school ook meedenkt');
      expect(await jobs('verslag.reply', tafel.id)).toBe(1);
      expect(
        (await youth.post(`/api/v1/tafels/${tafel.id}/verslag/replies`).send({ text: 'Ik ook' })).status,
      ).toBe(403);
      expect(
        (await chair.post(`/api/v1/tafels/${tafel.id}/verslag/replies`).send({ text: 'Ik ook' })).status,
      ).toBe(403);
      await expect(
        t.dataSource.query(`UPDATE verslag_reply SET text = 'x' WHERE tafel_id = $1`, [tafel.id]),
      ).rejects.toThrow(/append-only/);
    });

    it('serves a tagged PDF with a structure tree, the text, the language and the title', async () => {
      const res = await parent
        .get(`/api/v1/tafels/${tafel.id}/verslag/pdf`)
        .buffer(true)
        .parse(pdfBody)
        .expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const pdf = readPdf(res.body as Buffer);
      expect(pdf.roles).toEqual(expect.arrayContaining(['Document', 'Sect', 'H1', 'H2', 'P', 'L', 'LI']));
      expect(pdf.text).toContain('Besluit en onderbouwing');
      expect(pdf.text).toContain('Zorgen over schoolverzuim van de oudste.');
      expect(pdf.text).toContain('school ook meedenkt');
      expect(pdf.lang).toBe('nl-NL');
      expect(pdf.title).toMatch(/^Verslag van de tafel/);
    });
  });
});
