import { FamilyHome, PlanDraft } from '@tafel/shared/contracts';
import { TEST_PASSWORD, addMember, born, makeCase, makeUser } from './support/factories';
import { TestApp, createTestApp, loginAs } from './support/test-app';

const GOAL = '5a1d7c2e-8b3f-4e6a-9c0d-1f2e3d4c5b6a';

describe('Mijn gezin in one read (GET me/family)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** A family with a mother and a child of 14, and a published plan version. */
  async function family() {
    const ds = t.dataSource;
    const coordinator = await makeUser(ds, 'coordinator');
    const theCase = await makeCase(ds, coordinator);
    const mother = await makeUser(ds, 'parent');
    const child = await makeUser(ds, 'child');
    await addMember(ds, theCase.id, 'parent', mother);
    await addMember(ds, theCase.id, 'child', child, born(14));
    const plan = `/api/v1/cases/${theCase.id}/plan`;
    const agent = await loginAs(t.app, coordinator.email, TEST_PASSWORD);
    const draft: PlanDraft = (await agent.get(plan).expect(200)).body.draft;
    const saved = await agent
      .put(plan)
      .send({
        baseRevision: draft.revision,
        sections: { worries: 'Er is veel ruzie thuis.' },
        goals: [{ id: GOAL, text: 'Rust in huis.' }],
        agreements: [{ owner: 'Moeder', what: 'Belt de huisarts', dueDate: '2030-01-15', goalId: GOAL }],
      })
      .expect(200);
    await agent.post(`${plan}/versions`).send({ baseRevision: saved.body.revision }).expect(201);
    return { coordinator, theCase, mother, child };
  }

  const eventsOf = async (userId: string, caseId: string): Promise<string[]> =>
    (
      (await t.dataSource.query(
        'SELECT event, action, authorised FROM access_log WHERE user_id = $1 AND case_id = $2',
        [userId, caseId],
      )) as { event: string; action: string; authorised: boolean }[]
    )
      .map((r) => `${r.event}:${r.action}:${r.authorised}`)
      .sort();

  it('gives each family member what the separate endpoints give them, with the same access-log rows', async () => {
    const f = await family();
    for (const reader of [f.mother, f.child]) {
      const agent = await loginAs(t.app, reader.email, TEST_PASSWORD);
      const home: FamilyHome = (await agent.get('/api/v1/me/family').expect(200)).body;
      const once = await eventsOf(reader.id, f.theCase.id);

      const id = f.theCase.id;
      const list = (await agent.get('/api/v1/cases?pageSize=1').expect(200)).body;
      expect(list.items.map((c: { id: string }) => c.id)).toEqual([id]);
      const separate: FamilyHome = {
        family: (await agent.get(`/api/v1/cases/${id}`).expect(200)).body,
        tafels: (await agent.get(`/api/v1/tafels?caseId=${id}`).expect(200)).body,
        overview: (await agent.get(`/api/v1/cases/${id}/plan`).expect(200)).body,
        version: (await agent.get(`/api/v1/cases/${id}/plan/versions/1`).expect(200)).body,
        agreements: (await agent.get(`/api/v1/cases/${id}/agreements`).expect(200)).body,
        measures: (await agent.get(`/api/v1/cases/${id}/measures`).expect(200)).body,
      };
      expect(home).toEqual(separate);
      expect(home.version?.number).toBe(1);
      // The separate requests wrote the same rows again: twice each, once per way.
      const all = await eventsOf(reader.id, f.theCase.id);
      expect(all).toEqual([...once, ...once].sort());
      expect(once.length).toBeGreaterThan(0);
    }
  });

  it('says there is no family yet to a parent not in one, and refuses a professional', async () => {
    const loner = await makeUser(t.dataSource, 'parent');
    const empty = await (await loginAs(t.app, loner.email, TEST_PASSWORD))
      .get('/api/v1/me/family')
      .expect(200);
    expect(empty.body).toEqual({
      family: null,
      tafels: [],
      overview: null,
      version: null,
      agreements: [],
      measures: [],
    });

    const { coordinator } = await family();
    const refused = await (await loginAs(t.app, coordinator.email, TEST_PASSWORD))
      .get('/api/v1/me/family')
      .expect(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
  });
});
