import { randomUUID } from 'node:crypto';
import {
  FamilyAgreement,
  PLAN_GOAL_MAX_LENGTH,
  PLAN_GOALS_MAX,
  PlanComparison,
  PlanDraft,
  PlanVersion,
} from '@tafel/shared/contracts';
import { TEST_PASSWORD, addMember, born, makeCase, makeUser } from './support/factories';
import { pdfBody, readPdf } from './support/read-pdf';
import { TestApp, createTestApp, loginAs } from './support/test-app';

/** A family with a mother (custody) and a child of 14, and its coordinator. */
async function makeFamily(t: TestApp) {
  const ds = t.dataSource;
  const coordinator = await makeUser(ds, 'coordinator');
  const theCase = await makeCase(ds, coordinator);
  const mother = await makeUser(ds, 'parent');
  const child = await makeUser(ds, 'child');
  await addMember(ds, theCase.id, 'parent', mother);
  await addMember(ds, theCase.id, 'child', child, born(14));
  const as = (user: { email: string }) => loginAs(t.app, user.email, TEST_PASSWORD);
  return { theCase, coordinator: await as(coordinator), mother: await as(mother), child: await as(child) };
}

const school = { id: randomUUID(), text: 'De kinderen gaan elke dag naar school.' };
const rest = { id: randomUUID(), text: 'Er is rust in huis.' };
const agreement = (what: string, goalId?: string) => ({
  owner: 'Moeder',
  what,
  dueDate: '2030-01-15',
  ...(goalId ? { goalId } : {}),
});

describe('the plan goals and the agreements that serve them', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('keeps goals as items with their agreements; a published version keeps them as they were', async () => {
    const f = await makeFamily(t);
    const base = `/api/v1/cases/${f.theCase.id}/plan`;
    const first = await f.coordinator.put(base).send({
      baseRevision: 0,
      goals: [school, rest],
      agreements: [agreement('Brengt de kinderen naar school', school.id), agreement('Belt oma', rest.id)],
    });
    expect(first.status).toBe(200);
    expect(first.body.goals).toEqual([school, rest]);
    expect(first.body.agreements.map((a: { goalId: string }) => a.goalId)).toEqual([school.id, rest.id]);
    await f.coordinator.post(`${base}/versions`).send({ baseRevision: 1 }).expect(201);

    // Reworded, one goal and its agreement removed: the draft changes, version 1 does not.
    const reworded = { ...school, text: 'De kinderen zijn elke schooldag op tijd op school.' };
    await f.coordinator
      .put(base)
      .send({
        baseRevision: 1,
        goals: [reworded],
        agreements: [agreement('Brengt de kinderen naar school', school.id)],
      })
      .expect(200);
    await f.coordinator.post(`${base}/versions`).send({ baseRevision: 2 }).expect(201);

    const v1 = (await f.mother.get(`${base}/versions/1`).expect(200)).body as PlanVersion;
    const v2 = (await f.mother.get(`${base}/versions/2`).expect(200)).body as PlanVersion;
    expect(v1.goals).toEqual([school, rest]);
    expect(v1.agreements.map((a) => [a.what, a.goalId])).toEqual([
      ['Brengt de kinderen naar school', school.id],
      ['Belt oma', rest.id],
    ]);
    expect(v2.goals).toEqual([reworded]);
    await expect(
      t.dataSource.query(`UPDATE plan_version SET goals = '[]' WHERE case_id = $1`, [f.theCase.id]),
    ).rejects.toThrow(/append-only/);

    const compared = (await f.mother.get(`${base}/compare?from=1&to=2`).expect(200)).body as PlanComparison;
    const goals = compared.sections.find((s) => s.section === 'goals');
    expect(goals?.change).toBe('changed');
    expect(
      goals?.parts
        .filter((p) => p.kind === 'removed')
        .map((p) => p.text)
        .join(' '),
    ).toContain('Belt oma');

    const pdf = await f.mother.get(`${base}/versions/1/pdf`).buffer(true).parse(pdfBody).expect(200);
    const text = readPdf(pdf.body as Buffer).text;
    expect(text).toContain(`Doel 1: ${school.text}`);
    expect(text.indexOf('Belt oma')).toBeGreaterThan(text.indexOf(`Doel 2: ${rest.text}`));
  });

  it('refuses a goal the plan does not have, a goal id twice, too many or too long goals: 400, the draft unchanged', async () => {
    const f = await makeFamily(t);
    const base = `/api/v1/cases/${f.theCase.id}/plan`;
    await f.coordinator
      .put(base)
      .send({ baseRevision: 0, goals: [school] })
      .expect(200);
    const before = (await f.coordinator.get(base)).body.draft as PlanDraft;
    const attempts: [string, object][] = [
      ['agreements.0.goalId', { agreements: [agreement('Belt de huisarts', rest.id)] }],
      ['goals.1.id', { goals: [school, { ...rest, id: school.id }] }],
      ['agreements.0.goalId', { goals: [rest], agreements: [agreement('Belt de huisarts', school.id)] }],
      [
        'goals',
        {
          goals: Array.from({ length: PLAN_GOALS_MAX + 1 }, (_, i) => ({
            id: randomUUID(),
            text: `Doel ${i}`,
          })),
        },
      ],
      ['goals.0.text', { goals: [{ ...school, text: 'x'.repeat(PLAN_GOAL_MAX_LENGTH + 1) }] }],
      ['goals.0.id', { goals: [{ ...school, id: 'doel-1' }] }],
    ];
    for (const [param, body] of attempts) {
      const res = await f.coordinator.put(base).send({ baseRevision: before.revision, ...body });
      expect([param, res.status]).toEqual([param, 400]);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.invalidParams.map((p: { name: string }) => p.name)).toContain(param);
    }
    expect((await f.coordinator.get(base)).body.draft).toEqual(before);
  });

  it('publishes a plan with goals only when every agreement serves one; a plan without goals needs none', async () => {
    const f = await makeFamily(t);
    const base = `/api/v1/cases/${f.theCase.id}/plan`;
    await f.coordinator
      .put(base)
      .send({ baseRevision: 0, agreements: [agreement('Belt de huisarts')] })
      .expect(200);
    await f.coordinator.post(`${base}/versions`).send({ baseRevision: 1 }).expect(201);
    await f.coordinator
      .put(base)
      .send({ baseRevision: 1, goals: [school] })
      .expect(200);

    const refused = await f.coordinator.post(`${base}/versions`).send({ baseRevision: 2 });
    expect(refused.status).toBe(400);
    expect(refused.body.invalidParams).toEqual([
      { name: 'agreements.0.goalId', reason: 'name the goal this agreement serves' },
    ]);
    expect((await f.coordinator.get(base)).body.versions).toHaveLength(1);
  });

  it('lets no parent write the goals; a child under 16 reads none, the mother reads them with the agreements', async () => {
    const f = await makeFamily(t);
    const base = `/api/v1/cases/${f.theCase.id}/plan`;
    const byMother = await f.mother.put(base).send({ baseRevision: 0, goals: [school] });
    expect(byMother.status).toBe(403);
    await f.coordinator
      .put(base)
      .send({ baseRevision: 0, goals: [school], agreements: [agreement('Brengt de kinderen', school.id)] })
      .expect(200);
    await f.coordinator.post(`${base}/versions`).send({ baseRevision: 1 }).expect(201);

    const child = (await f.child.get(`${base}/versions/1`).expect(200)).body as PlanVersion;
    expect([child.documentsWithheld, child.goals, child.agreements]).toEqual([true, [], []]);
    const mother = (await f.mother.get(`${base}/versions/1`).expect(200)).body as PlanVersion;
    expect(mother.goals).toEqual([school]);
    const list = (await f.mother.get(`/api/v1/cases/${f.theCase.id}/agreements`).expect(200))
      .body as FamilyAgreement[];
    expect(list.map((a) => [a.source, a.goalId])).toEqual([['plan', school.id]]);
  });
});
