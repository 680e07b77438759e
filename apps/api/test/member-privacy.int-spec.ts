import { CaseDetail, CaseMember } from '@tafel/shared/contracts';
import { TEST_PASSWORD, addMember, born, makeCase, makeUser } from './support/factories';
import { TestApp, createTestApp, loginAs } from './support/test-app';

describe("what the family sees of each other's data", () => {
  let t: TestApp;
  let scene: Awaited<ReturnType<typeof makeScene>>;

  async function makeScene(app: TestApp) {
    const ds = app.dataSource;
    const coordinator = await makeUser(ds, 'coordinator');
    const mother = await makeUser(ds, 'parent');
    const father = await makeUser(ds, 'parent');
    const theCase = await makeCase(ds, coordinator);
    const motherMember = await addMember(ds, theCase.id, 'parent', mother);
    const fatherMember = await addMember(ds, theCase.id, 'parent', father);
    const young = await addMember(ds, theCase.id, 'child', undefined, born(10));
    const older = await addMember(ds, theCase.id, 'child', undefined, born(17));
    await ds.query(`UPDATE case_member SET address = 'Moederstraat 1' WHERE id = $1`, [motherMember.id]);
    await ds.query(
      `UPDATE case_member SET address = 'Geheimelaan 7', address_confidential = true, custody = false WHERE id = $1`,
      [fatherMember.id],
    );
    return { coordinator, mother, father, theCase, motherMember, fatherMember, young, older };
  }

  const view = async (email: string): Promise<Record<string, CaseMember>> => {
    const agent = await loginAs(t.app, email, TEST_PASSWORD);
    const detail: CaseDetail = (await agent.get(`/api/v1/cases/${scene.theCase.id}`)).body;
    return Object.fromEntries(detail.members.map((m) => [m.id, m]));
  };

  beforeAll(async () => {
    t = await createTestApp();
    scene = await makeScene(t);
  });
  afterAll(() => t.close());

  it('shows the coordinator every address', async () => {
    const seen = await view(scene.coordinator.email);
    expect(seen[scene.fatherMember.id].address).toBe('Geheimelaan 7');
    expect(seen[scene.older.id]).toMatchObject({ age: 17, restricted: false });
    expect([seen[scene.motherMember.id].hasAccount, seen[scene.young.id].hasAccount]).toEqual([true, false]);
  });

  it('never shows the confidential address to the other parent, but to its owner', async () => {
    const mother = await view(scene.mother.email);
    expect(mother[scene.fatherMember.id]).toMatchObject({ address: null, addressConfidential: true });
    expect(mother[scene.motherMember.id].address).toBe('Moederstraat 1');
    const raw = await (
      await loginAs(t.app, scene.mother.email, TEST_PASSWORD)
    ).get(`/api/v1/cases/${scene.theCase.id}`);
    expect(raw.text).not.toContain('Geheimelaan');
  });

  it("shows a parent a 16+ child's data only with the child's consent", async () => {
    expect((await view(scene.mother.email))[scene.older.id]).toMatchObject({
      age: null,
      birthDate: null,
      restricted: true,
    });
    expect((await view(scene.mother.email))[scene.young.id]).toMatchObject({ age: 10, restricted: false });
    await t.dataSource.query('UPDATE case_member SET shares_with_parents = true WHERE id = $1', [
      scene.older.id,
    ]);
    expect((await view(scene.mother.email))[scene.older.id]).toMatchObject({ age: 17, restricted: false });
    await t.dataSource.query('UPDATE case_member SET shares_with_parents = false WHERE id = $1', [
      scene.older.id,
    ]);
  });

  it('gives a parent without custody the restricted view: no timeline, no children’s data', async () => {
    const father = await view(scene.father.email);
    expect(father[scene.young.id]).toMatchObject({ restricted: true, age: null });
    const agent = await loginAs(t.app, scene.father.email, TEST_PASSWORD);
    // The case says so, so that the page does not ask for the timeline; asked anyway, it is refused.
    expect((await agent.get(`/api/v1/cases/${scene.theCase.id}`)).body.timelineWithheld).toBe(true);
    const timeline = await agent.get(`/api/v1/cases/${scene.theCase.id}/events`);
    expect(timeline.status).toBe(403);
    expect(timeline.headers['content-type']).toMatch(/^application\/problem\+json/);
    const mother = await loginAs(t.app, scene.mother.email, TEST_PASSWORD);
    expect((await mother.get(`/api/v1/cases/${scene.theCase.id}`)).body.timelineWithheld).toBe(false);
    expect((await mother.get(`/api/v1/cases/${scene.theCase.id}/events`)).status).toBe(200);
  });

  it('can be configured to give a parent without custody the full view', async () => {
    const full = await createTestApp({ NON_CUSTODIAL_PARENT_VIEW: 'full' });
    try {
      const agent = await loginAs(full.app, scene.father.email, TEST_PASSWORD);
      const detail: CaseDetail = (await agent.get(`/api/v1/cases/${scene.theCase.id}`)).body;
      expect(detail.members.find((m) => m.id === scene.young.id)).toMatchObject({
        age: 10,
        restricted: false,
      });
      expect(detail.timelineWithheld).toBe(false);
      expect((await agent.get(`/api/v1/cases/${scene.theCase.id}/events`)).status).toBe(200);
    } finally {
      await full.close();
    }
  });
});
