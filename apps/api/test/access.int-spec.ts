import { CaseSummary, Page } from '@tafel/shared/contracts';
import { TEST_PASSWORD, addMember, addProfessional, makeCase, makeUser } from './support/factories';
import { TestApp, createTestApp, loginAs } from './support/test-app';

describe('need-to-know access to cases', () => {
  let t: TestApp;
  let caseId: string;
  let otherCaseId: string;
  const users: Record<string, { email: string; id: string }> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const ds = t.dataSource;
    const coordinator = await makeUser(ds, 'coordinator');
    const added = await makeUser(ds, 'professional');
    const outsider = await makeUser(ds, 'professional');
    const outsiderCoordinator = await makeUser(ds, 'coordinator');
    const parent = await makeUser(ds, 'parent');
    const otherParent = await makeUser(ds, 'parent');
    const auditor = await makeUser(ds, 'auditor');
    const theCase = await makeCase(ds, coordinator, { familyName: 'Zichtbaar' });
    const otherCase = await makeCase(ds, outsiderCoordinator, { familyName: 'Anders' });
    caseId = theCase.id;
    otherCaseId = otherCase.id;
    await addProfessional(ds, caseId, added);
    await addMember(ds, caseId, 'parent', parent);
    await addMember(ds, otherCaseId, 'parent', otherParent);
    Object.assign(users, { coordinator, added, outsider, outsiderCoordinator, parent, otherParent, auditor });
  });

  afterAll(() => t.close());

  const as = (who: string) => loginAs(t.app, users[who].email, TEST_PASSWORD);

  it.each(['coordinator', 'added', 'parent'])('lets the %s open the case', async (who) => {
    const res = await (await as(who)).get(`/api/v1/cases/${caseId}`);
    expect(res.status).toBe(200);
    expect(res.body.familyName).toBe('Zichtbaar');
  });

  it.each(['outsider', 'outsiderCoordinator', 'otherParent'])(
    'answers 404 to the %s, as if the case did not exist',
    async (who) => {
      const agent = await as(who);
      for (const path of ['', '/events']) {
        const res = await agent.get(`/api/v1/cases/${caseId}${path}`);
        expect(res.status).toBe(404);
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      }
      const missing = await agent.get('/api/v1/cases/00000000-0000-4000-8000-000000000000');
      expect(missing.body.detail).toBe((await agent.get(`/api/v1/cases/${caseId}`)).body.detail);
    },
  );

  it('refuses writes by a non-member coordinator with 404 and changes nothing', async () => {
    const agent = await as('outsiderCoordinator');
    const patch = await agent.patch(`/api/v1/cases/${caseId}`).send({ familyName: 'Gekaapt' });
    const handover = await agent
      .put(`/api/v1/cases/${caseId}/coordinator`)
      .send({ coordinatorId: users['outsiderCoordinator'].id, reason: 'overnemen zonder recht' });
    expect([patch.status, handover.status]).toEqual([404, 404]);
    const [row] = await t.dataSource.query('SELECT family_name FROM family_case WHERE id = $1', [caseId]);
    expect(row.family_name).toBe('Zichtbaar');
  });

  it('lists only the cases the caller may see', async () => {
    const list = async (who: string) =>
      ((await (await as(who)).get('/api/v1/cases?pageSize=100')).body as Page<CaseSummary>).items.map(
        (c) => c.id,
      );
    expect(await list('coordinator')).toContain(caseId);
    expect(await list('coordinator')).not.toContain(otherCaseId);
    expect(await list('parent')).toEqual([caseId]);
    expect(await list('outsider')).toEqual([]);
  });

  it('gives an auditor no case at all', async () => {
    const agent = await as('auditor');
    expect((await agent.get('/api/v1/cases')).status).toBe(403);
    expect((await agent.get(`/api/v1/cases/${caseId}`)).status).toBe(403);
  });

  it('does not let a parent or a professional hand over or create cases', async () => {
    for (const who of ['parent', 'added']) {
      const agent = await as(who);
      const res = await agent.post('/api/v1/cases').send({ familyName: 'Nieuw', gemeente: 'Borne' });
      expect(res.status).toBe(403);
    }
  });
});
