import { PlanDraft, PlanVersion } from '@tafel/shared/contracts';
import { toIsoDate } from '@tafel/shared/util';
import { JobsService } from '../src/modules/jobs/jobs.service';
import { AgreementEntity } from '../src/modules/tafels/entities/agreement.entity';
import { TEST_PASSWORD, addMember, born, makeCase, makeUser, makeTafel } from './support/factories';
import { pdfBody, readPdf } from './support/read-pdf';
import { TestApp, createTestApp, loginAs } from './support/test-app';
import { TestSmtp, startSmtp } from './support/smtp';

/** A family: two parents with accounts (one without custody), children of 14, 17 and 8. */
async function makeFamily(t: TestApp) {
  const ds = t.dataSource;
  const coordinator = await makeUser(ds, 'coordinator');
  const theCase = await makeCase(ds, coordinator);
  const users = {
    mother: await makeUser(ds, 'parent'),
    father: await makeUser(ds, 'parent'),
    stepfather: await makeUser(ds, 'parent'),
    child14: await makeUser(ds, 'child'),
    child17: await makeUser(ds, 'child'),
    child11: await makeUser(ds, 'child'),
  };
  const members = {
    mother: await addMember(ds, theCase.id, 'parent', users.mother),
    father: await addMember(ds, theCase.id, 'parent', users.father),
    stepfather: await addMember(ds, theCase.id, 'parent', users.stepfather),
    child14: await addMember(ds, theCase.id, 'child', users.child14, born(14)),
    child17: await addMember(ds, theCase.id, 'child', users.child17, born(17)),
    child11: await addMember(ds, theCase.id, 'child', users.child11, born(11)),
  };
  await ds.query('UPDATE case_member SET custody = false WHERE id = $1', [members.stepfather.id]);
  const as = async (who: keyof typeof users | 'coordinator') =>
    loginAs(t.app, who === 'coordinator' ? coordinator.email : users[who].email, TEST_PASSWORD);
  return { coordinator, theCase, users, members, as, base: `/api/v1/cases/${theCase.id}/plan` };
}

const SECTIONS = {
  worries: 'Er is veel ruzie thuis en de kinderen zijn bang.',
  going_well: 'Oma helpt elke woensdag.',
  safety_goals: 'De kinderen zijn veilig als er ruzie is.',
};
const MORE_HELP = { ...SECTIONS, going_well: 'Oma helpt elke woensdag en vrijdag.' };

describe('the plan: draft, versions, answers', () => {
  let t: TestApp;
  let smtp: TestSmtp;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({ SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  async function published(f: Awaited<ReturnType<typeof makeFamily>>, sections = SECTIONS) {
    const coordinator = await f.as('coordinator');
    const draft: PlanDraft = (await coordinator.get(f.base)).body.draft;
    const saved = await coordinator.put(f.base).send({
      baseRevision: draft.revision,
      sections,
      agreements: [{ owner: 'Moeder', what: 'Belt de huisarts voor een afspraak', dueDate: '2030-01-15' }],
    });
    expect(saved.status).toBe(200);
    const res = await coordinator.post(`${f.base}/versions`).send({ baseRevision: saved.body.revision });
    expect(res.status).toBe(201);
    return res.body as PlanVersion;
  }

  it('saves a draft only on the revision it was based on: the second of two saves gets 409 with the first', async () => {
    const f = await makeFamily(t);
    const a = await f.as('coordinator');
    const b = await f.as('coordinator');
    const first = await a.put(f.base).send({ baseRevision: 0, sections: { worries: 'Versie van A' } });
    expect(first.status).toBe(200);
    expect(first.body.revision).toBe(1);

    const second = await b.put(f.base).send({ baseRevision: 0, sections: { worries: 'Versie van B' } });

    expect(second.status).toBe(409);
    expect(second.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(second.body.current).toMatchObject({ revision: 1, sections: { worries: 'Versie van A' } });
    const now = (await a.get(f.base)).body.draft as PlanDraft;
    expect(now.sections.worries).toBe('Versie van A');
  });

  it('refuses a section that does not exist and leaves the draft as it was', async () => {
    const f = await makeFamily(t);
    const c = await f.as('coordinator');
    await c.put(f.base).send({ baseRevision: 0, sections: { worries: 'Zorgen' } });
    const partial = await c.put(f.base).send({ baseRevision: 1, sections: { going_well: 'Oma' } });
    expect(partial.body.sections).toMatchObject({ worries: 'Zorgen', going_well: 'Oma' });
    // The goals are items (`goals`), no longer a text section.
    for (const sections of [{ hobbies: 'Voetbal' }, { goals: 'Rust' }]) {
      const res = await c.put(f.base).send({ baseRevision: 2, sections });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    expect((await c.get(f.base)).body.draft.revision).toBe(2);
  });

  it('publishes numbered, hashed versions that the database refuses to change; the family gets a mail without content', async () => {
    const f = await makeFamily(t);
    const v1 = await published(f);
    const v2 = await published(f, MORE_HELP);

    expect([v1.number, v2.number]).toEqual([1, 2]);
    expect(v1.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(v2.sha256).not.toBe(v1.sha256);
    await expect(
      t.dataSource.query(`UPDATE plan_version SET sections = '{}' WHERE case_id = $1`, [f.theCase.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.dataSource.query('DELETE FROM plan_version WHERE case_id = $1', [f.theCase.id]),
    ).rejects.toThrow(/append-only/);

    // Other files' jobs share the queue: run batches until none is due.
    const jobs = t.app.get(JobsService);
    while ((await jobs.runDue(new Date(Date.now() + 60_000))) > 0);
    const mails = smtp.mails.filter((m) => JSON.stringify(m.to).includes(f.users.mother.email));
    expect(mails).toHaveLength(2);
    expect(mails[0].text).not.toContain('ruzie');
    expect(mails[0].subject).not.toContain(f.theCase.familyName);
  });

  it('compares two versions per section as a word diff', async () => {
    const f = await makeFamily(t);
    await published(f);
    await published(f, MORE_HELP);
    const res = await (await f.as('mother')).get(`${f.base}/compare?from=1&to=2`);
    expect(res.status).toBe(200);
    const goingWell = res.body.sections.find((s: { section: string }) => s.section === 'going_well');
    expect(goingWell.change).toBe('changed');
    expect(goingWell.parts).toEqual([
      { kind: 'same', text: 'Oma helpt elke ' },
      { kind: 'removed', text: 'woensdag.' },
      { kind: 'added', text: 'woensdag en vrijdag.' },
    ]);
    expect(res.body.sections.find((s: { section: string }) => s.section === 'worries').change).toBe(
      'unchanged',
    );
  });

  it('marks the safety goals non-negotiable with the reason while regie is professional', async () => {
    const f = await makeFamily(t);
    const c = await f.as('coordinator');
    const regie = await c
      .put(`/api/v1/cases/${f.theCase.id}/regie`)
      .send({ mode: 'professional', reason: 'De veiligheid van de kinderen staat op het spel' });
    expect(regie.status).toBe(200);
    await published(f);
    const v = (await (await f.as('mother')).get(`${f.base}/versions/1`)).body as PlanVersion;
    expect(v.safetyGoalsNonNegotiable).toEqual({ reason: 'De veiligheid van de kinderen staat op het spel' });
  });

  it('lets each parent answer per section as themselves; disagreeing needs a zienswijze; the coordinator sees all', async () => {
    const f = await makeFamily(t);
    await published(f);
    const mother = await f.as('mother');
    const father = await f.as('father');

    const agree = await mother
      .post(`${f.base}/versions/1/answers`)
      .send({ section: 'worries', answer: 'agree' });
    const empty = await father
      .post(`${f.base}/versions/1/answers`)
      .send({ section: 'worries', answer: 'disagree', text: '   ' });
    const disagree = await father
      .post(`${f.base}/versions/1/answers`)
      .send({ section: 'worries', answer: 'disagree', text: 'Er is niet veel ruzie, alleen soms.' });
    const twice = await mother
      .post(`${f.base}/versions/1/answers`)
      .send({ section: 'worries', answer: 'agree' });

    expect(agree.status).toBe(201);
    expect(agree.body.memberId).toBe(f.members.mother.id);
    expect(empty.status).toBe(400);
    expect(empty.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(disagree.status).toBe(201);
    expect(twice.status).toBe(409);
    const all = (await (await f.as('coordinator')).get(`${f.base}/versions/1`)).body as PlanVersion;
    expect(all.answers.map((a) => [a.memberId, a.answer])).toEqual([
      [f.members.mother.id, 'agree'],
      [f.members.father.id, 'disagree'],
    ]);
    const own = (await mother.get(`${f.base}/versions/1`)).body as PlanVersion;
    expect(own.answers.map((a) => a.memberId)).toEqual([f.members.mother.id]);
    const events = (await mother.get(`/api/v1/cases/${f.theCase.id}/events`)).body as { type: string }[];
    expect(events.filter((e) => e.type === 'plan_answered')).toHaveLength(2);
  });

  it('refuses an answer to a draft or a version that does not exist, and records nothing', async () => {
    const f = await makeFamily(t);
    const c = await f.as('coordinator');
    await c.put(f.base).send({ baseRevision: 0, sections: SECTIONS });
    const mother = await f.as('mother');
    const draft = await mother
      .post(`${f.base}/versions/draft/answers`)
      .send({ section: 'worries', answer: 'agree' });
    const missing = await mother
      .post(`${f.base}/versions/1/answers`)
      .send({ section: 'worries', answer: 'agree' });
    const unknown = await mother
      .post(`${f.base}/versions/1/answers`)
      .send({ section: 'hobbies', answer: 'agree' });
    expect([draft.status, missing.status, unknown.status]).toEqual([400, 404, 400]);
    const [{ count }] = await t.dataSource.query(
      'SELECT count(*)::int AS count FROM plan_answer WHERE case_id = $1',
      [f.theCase.id],
    );
    expect(count).toBe(0);
  });

  it('lets a child add their own view from the age threshold, not below it; a parent reads a 16+ view only with consent', async () => {
    const f = await makeFamily(t);
    await published(f);
    const view = (text: string) => ({ section: 'children_views', answer: 'view', text });
    const young = await (await f.as('child11'))
      .post(`${f.base}/versions/1/answers`)
      .send(view('Ik wil bij papa'));
    const child14 = await (await f.as('child14'))
      .post(`${f.base}/versions/1/answers`)
      .send(view('Ik wil rust'));
    const child17 = await (await f.as('child17'))
      .post(`${f.base}/versions/1/answers`)
      .send(view('Ik wil op kamers'));
    expect(young.status).toBe(403);
    expect(child14.status).toBe(201);
    expect(child17.status).toBe(201);

    const mother = await f.as('mother');
    const before = (await mother.get(`${f.base}/versions/1`)).body as PlanVersion;
    expect(before.answers.map((a) => a.memberId)).toEqual([f.members.child14.id]);
    await t.dataSource.query('UPDATE case_member SET shares_with_parents = true WHERE id = $1', [
      f.members.child17.id,
    ]);
    const after = (await mother.get(`${f.base}/versions/1`)).body as PlanVersion;
    expect(after.answers.map((a) => a.memberId).sort()).toEqual(
      [f.members.child14.id, f.members.child17.id].sort(),
    );
  });

  it('withholds the texts from a child under 16 and a parent without custody (restricted), not from a 17-year-old', async () => {
    const f = await makeFamily(t);
    await published(f);
    const read = async (who: 'child14' | 'stepfather' | 'child17') =>
      (await (await f.as(who)).get(`${f.base}/versions/1`)).body as PlanVersion;
    const [child14, stepfather, child17] = [
      await read('child14'),
      await read('stepfather'),
      await read('child17'),
    ];
    expect(child14).toMatchObject({ documentsWithheld: true, sections: { worries: '' } });
    expect(stepfather).toMatchObject({ documentsWithheld: true, sections: { worries: '' } });
    expect(child17).toMatchObject({ documentsWithheld: false, sections: { worries: SECTIONS.worries } });
    const answer = await (await f.as('stepfather'))
      .post(`${f.base}/versions/1/answers`)
      .send({ section: 'worries', answer: 'agree' });
    expect(answer.status).toBe(403);
  });

  it('lets a parent write only the family view, and only under family regie', async () => {
    const f = await makeFamily(t);
    const mother = await f.as('mother');
    const own = await mother
      .put(f.base)
      .send({ baseRevision: 0, sections: { family_view: 'Wij willen rust.' } });
    const other = await mother.put(f.base).send({ baseRevision: 1, sections: { worries: 'Geen zorgen' } });
    expect(own.status).toBe(200);
    expect(own.body.sections).toMatchObject({ family_view: 'Wij willen rust.', worries: '' });
    expect(other.status).toBe(403);
    await (await f.as('coordinator'))
      .put(`/api/v1/cases/${f.theCase.id}/regie`)
      .send({ mode: 'professional', reason: 'De veiligheid van de kinderen staat op het spel' });
    const afterSwitch = await mother
      .put(f.base)
      .send({ baseRevision: 1, sections: { family_view: 'Nog iets.' } });
    expect(afterSwitch.status).toBe(403);
    expect((await (await f.as('coordinator')).get(f.base)).body.draft.sections.family_view).toBe(
      'Wij willen rust.',
    );
  });

  it('lets the family write only its own part of the draft: who may write which section, as the access table says', async () => {
    const f = await makeFamily(t);
    await published(f, { ...SECTIONS, children_views: 'Daan wil bij oma slapen.' } as typeof SECTIONS);
    const coordinator = await f.as('coordinator');
    const revision = async (): Promise<number> => (await coordinator.get(f.base)).body.draft.revision;
    // who × what they send → status (403: refused, the draft unchanged)
    const cases: [keyof typeof f.users, object, number][] = [
      ['mother', { family_view: 'Wij willen rust in huis.' }, 200],
      ['mother', { worries: 'Geen zorgen' }, 403],
      ['mother', { family_view: 'x', safety_goals: 'Niets' }, 403],
      ['stepfather', { family_view: 'Ik wil meer tijd met Daan.' }, 403],
      ['child11', { family_view: 'Ik wil bij papa.' }, 403],
      ['child14', { family_view: 'Ik wil rust.' }, 403],
    ];
    for (const [who, sections, status] of cases) {
      const res = await (await f.as(who)).put(f.base).send({ baseRevision: await revision(), sections });
      expect({ who, sections, status: res.status }).toEqual({ who, sections, status });
    }
    const draft = (await coordinator.get(f.base)).body.draft as PlanDraft;
    expect(draft.sections).toMatchObject({ ...SECTIONS, family_view: 'Wij willen rust in huis.' });
    expect(draft.updatedBy).toBe(f.users.mother.displayName);
  });

  it("shows a parent the draft without the children's section while a child of 16+ has not consented", async () => {
    const f = await makeFamily(t);
    await published(f, { ...SECTIONS, children_views: 'De oudste wil op kamers.' } as typeof SECTIONS);
    const mother = await f.as('mother');
    const read = (await mother.get(f.base)).body.draft as PlanDraft;
    const saved = await mother
      .put(f.base)
      .send({ baseRevision: read.revision, sections: { family_view: 'Wij willen rust.' } });
    const stale = await mother
      .put(f.base)
      .send({ baseRevision: read.revision, sections: { family_view: 'Nog eens.' } });
    expect(read.sections).toMatchObject({ ...SECTIONS, children_views: '' });
    expect(saved.body.sections.children_views).toBe('');
    expect(stale.status).toBe(409);
    expect(stale.body.current.sections.children_views).toBe('');
    expect((await (await f.as('coordinator')).get(f.base)).body.draft.sections.children_views).toBe(
      'De oudste wil op kamers.',
    );
    await t.dataSource.query('UPDATE case_member SET shares_with_parents = true WHERE id = $1', [
      f.members.child17.id,
    ]);
    expect((await mother.get(f.base)).body.draft.sections.children_views).toBe('De oudste wil op kamers.');
  });

  it("lists the tafels' and the plan's agreements as one list per family, overdue and due soon marked", async () => {
    const f = await makeFamily(t);
    await published(f);
    const tafel = await makeTafel(t.dataSource, f.theCase.id, f.coordinator.id);
    const day = (n: number) => toIsoDate(new Date(Date.now() + n * 86_400_000));
    await t.dataSource.getRepository(AgreementEntity).insert([
      {
        tafelId: tafel.id,
        caseId: f.theCase.id,
        ownerName: 'Wijkteam',
        what: 'Belt school',
        dueDate: day(-2),
      },
      {
        tafelId: tafel.id,
        caseId: f.theCase.id,
        ownerName: 'Vader',
        what: 'Zoekt een cursus',
        dueDate: day(3),
      },
    ]);

    const res = await (await f.as('mother')).get(`/api/v1/cases/${f.theCase.id}/agreements`);

    expect(res.status).toBe(200);
    expect(
      res.body.map((a: { source: string; what: string; overdue: boolean; dueSoon: boolean }) => [
        a.source,
        a.what,
        a.overdue,
        a.dueSoon,
      ]),
    ).toEqual([
      ['tafel', 'Belt school', true, false],
      ['tafel', 'Zoekt een cursus', false, true],
      ['plan', 'Belt de huisarts voor een afspraak', false, false],
    ]);
    const child = await (await f.as('child14')).get(`/api/v1/cases/${f.theCase.id}/agreements`);
    expect(child.body).toEqual([]);
  });

  it('serves a published version as a tagged PDF: structure, language, title, the sections; not to a child under 16 nor a restricted parent', async () => {
    const f = await makeFamily(t);
    await published(f);
    const pdf = async (
      who: 'mother' | 'child14' | 'stepfather' | 'coordinator',
      path = `${f.base}/versions/1/pdf`,
    ) => (await f.as(who)).get(path).buffer(true).parse(pdfBody);

    const res = await pdf('mother');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const doc = readPdf(res.body as Buffer);
    expect(doc.roles).toEqual(expect.arrayContaining(['Document', 'Sect', 'H1', 'H2', 'P', 'L', 'LI']));
    expect(doc.lang).toBe('nl-NL');
    expect(doc.title).toBe('Gezinsplan, versie 1');
    for (const text of [...Object.values(SECTIONS), 'Zorgen', 'Veiligheidsdoelen', 'Afspraken'])
      expect(doc.text).toContain(text);
    expect(doc.text).toContain('Belt de huisarts voor een afspraak');

    for (const refused of ['child14', 'stepfather'] as const) {
      const res = await pdf(refused);
      expect([refused, res.status]).toEqual([refused, 403]);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    const missing = await pdf('coordinator', `${f.base}/versions/2/pdf`);
    expect(missing.status).toBe(404);
    const stranger = await makeUser(t.dataSource, 'coordinator');
    const other = await loginAs(t.app, stranger.email, TEST_PASSWORD);
    const foreign = await other.get(`${f.base}/versions/1/pdf`);
    const none = await other.get(`/api/v1/cases/00000000-0000-4000-8000-000000000000/plan/versions/1/pdf`);
    expect([foreign.status, foreign.body.code]).toEqual([none.status, none.body.code]);
    expect(foreign.status).toBe(404);
  });

  it('publishes only the draft it was shown: a stale revision is 409 and no version is written', async () => {
    const f = await makeFamily(t);
    const a = await f.as('coordinator');
    const b = await f.as('coordinator');
    const none = await a.post(`${f.base}/versions`).send({ baseRevision: 0 });
    expect(none.status).toBeGreaterThanOrEqual(400);
    expect(none.status).toBeLessThan(500);
    await a.put(f.base).send({ baseRevision: 0, sections: SECTIONS });
    await a.put(f.base).send({ baseRevision: 1, sections: { going_well: 'Iets anders' } });
    const stale = await b.post(`${f.base}/versions`).send({ baseRevision: 1 });
    expect(stale.status).toBe(409);
    expect(stale.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(stale.body.current).toMatchObject({ revision: 2, sections: { going_well: 'Iets anders' } });
    expect((await a.get(f.base)).body.versions).toEqual([]);
  });

  it('publishes no version that is the same as the last one: 409 nothing_changed, and no version', async () => {
    const f = await makeFamily(t);
    await published(f);
    const coordinator = await f.as('coordinator');
    const draft: PlanDraft = (await coordinator.get(f.base)).body.draft;
    const again = await coordinator.post(`${f.base}/versions`).send({ baseRevision: draft.revision });
    expect([again.status, again.body.code]).toEqual([409, 'nothing_changed']);
    expect((await coordinator.get(f.base)).body.versions.map((v: { number: number }) => v.number)).toEqual([
      1,
    ]);
    // A change makes it a version worth publishing.
    await published(f, MORE_HELP);
    expect((await coordinator.get(f.base)).body.versions).toHaveLength(2);
  });

  it('lets a parent answer only as themselves, and refuses an impossible due date; nothing changes', async () => {
    const f = await makeFamily(t);
    await published(f);
    const mother = await f.as('mother');
    const asFather = await mother
      .post(`${f.base}/versions/1/answers`)
      .send({ section: 'worries', answer: 'agree', memberId: f.members.father.id });
    expect(asFather.status).toBe(400);
    expect(asFather.headers['content-type']).toMatch(/application\/problem\+json/);
    const [{ count }] = await t.dataSource.query(
      'SELECT count(*)::int AS count FROM plan_answer WHERE case_id = $1',
      [f.theCase.id],
    );
    expect(count).toBe(0);

    const c = await f.as('coordinator');
    const before = (await c.get(f.base)).body.draft as PlanDraft;
    const badDate = await c.put(f.base).send({
      baseRevision: before.revision,
      agreements: [{ owner: 'Moeder', what: 'Belt de huisarts', dueDate: '2030-02-30' }],
    });
    expect(badDate.status).toBe(400);
    expect(badDate.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await c.get(f.base)).body.draft).toEqual(before);
  });
});
