import { Measure } from '@tafel/shared/contracts';
import { MeasureEntity } from '../src/modules/chain/measure.entity';
import { TEST_PASSWORD, addMember, born, makeCase, makeOrganisation, makeUser } from './support/factories';
import { TestApp, createTestApp, loginAs } from './support/test-app';

describe('the family reads its court measures (GET cases/:id/measures)', () => {
  let t: TestApp;
  let scene: Awaited<ReturnType<typeof makeScene>>;

  /** Mother (custody), father (no custody), a confidant, and children of 9, 14 and 17, each under an OTS. */
  async function makeScene() {
    const ds = t.dataSource;
    const theCase = await makeCase(ds, await makeUser(ds, 'coordinator'));
    const [mother, father, teen, youth, confidant] = [
      await makeUser(ds, 'parent'),
      await makeUser(ds, 'parent'),
      await makeUser(ds, 'child'),
      await makeUser(ds, 'child'),
      await makeUser(ds, 'network'),
    ];
    await addMember(ds, theCase.id, 'parent', mother);
    const fatherMember = await addMember(ds, theCase.id, 'parent', father);
    await ds.query('UPDATE case_member SET custody = false WHERE id = $1', [fatherMember.id]);
    await addMember(ds, theCase.id, 'network', confidant);
    const young = await addMember(ds, theCase.id, 'child', undefined, born(9));
    const teenMember = await addMember(ds, theCase.id, 'child', teen, born(14));
    const youthMember = await addMember(ds, theCase.id, 'child', youth, born(17));
    const gi = await makeOrganisation(ds, 'gi');
    const worker = await makeUser(ds, 'professional', { organisationId: gi.id });
    for (const child of [young, teenMember, youthMember])
      await ds.getRepository(MeasureEntity).save({
        caseId: theCase.id,
        memberId: child.id,
        type: 'ots',
        courtDate: '2026-03-01',
        startsOn: '2026-03-01',
        endsOn: '2027-03-01',
        giOrganisationId: gi.id,
        jeugdbeschermerId: worker.id,
      });
    return { theCase, mother, father, confidant, teen, teenMember, youth, youthMember };
  }

  const url = () => `/api/v1/cases/${scene.theCase.id}/measures`;
  const read = async (email: string, status = 200): Promise<Measure[]> =>
    (await (await loginAs(t.app, email, TEST_PASSWORD)).get(url()).expect(status)).body;
  const members = (measures: Measure[]) => measures.map((m) => m.memberId).sort();

  beforeAll(async () => {
    t = await createTestApp();
    scene = await makeScene();
  });
  afterAll(() => t.close());

  it("gives a parent with custody their children's measures, with the GI and without the jeugdbeschermer", async () => {
    const seen = await read(scene.mother.email);
    expect(seen).toHaveLength(2);
    expect(members(seen)).not.toContain(scene.youthMember.id);
    for (const m of seen)
      expect(m).toMatchObject({
        type: 'ots',
        startsOn: '2026-03-01',
        endsOn: '2027-03-01',
        giOrganisationName: expect.stringMatching(/^gi /),
        jeugdbeschermerId: null,
        jeugdbeschermerName: null,
      });
  });

  it('shows the measure of a child of 16+ to the parent only with that child’s consent', async () => {
    const youth = await loginAs(t.app, scene.youth.email, TEST_PASSWORD);
    const consent = `/api/v1/cases/${scene.theCase.id}/members/${scene.youthMember.id}/consent`;
    await youth.put(consent).send({ sharesWithParents: true }).expect(200);
    expect(members(await read(scene.mother.email))).toContain(scene.youthMember.id);
    await youth.put(consent).send({ sharesWithParents: false }).expect(200);
    expect(members(await read(scene.mother.email))).not.toContain(scene.youthMember.id);
  });

  it('gives a child (12-15 and 16+) only their own measure', async () => {
    expect(members(await read(scene.teen.email))).toEqual([scene.teenMember.id]);
    expect(members(await read(scene.youth.email))).toEqual([scene.youthMember.id]);
  });

  it('gives a parent without custody none under the restricted view, and a confidant nothing (403)', async () => {
    expect(await read(scene.father.email)).toEqual([]);
    await read(scene.confidant.email, 403);
  });

  it('logs every read in the access log (NEN 7513), for the family member whose data it is', async () => {
    await read(scene.teen.email);
    const rows = await t.dataSource.query<{ action: string; authorised: boolean; person_id: string }[]>(
      `SELECT action, authorised, person_id FROM access_log
        WHERE user_id = $1 AND case_id = $2 AND event = 'case.measures.read'`,
      [scene.teen.id, scene.theCase.id],
    );
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.every((r) => r.action === 'R' && r.authorised && r.person_id === scene.teenMember.id)).toBe(
      true,
    );
  });
});
