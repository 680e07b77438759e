import { EmergencyAccess } from '@tafel/shared/contracts';
import { TEST_PASSWORD, makeCase, makeUser } from './support/factories';
import { TestApp, createTestApp, loginAs } from './support/test-app';

describe('break the glass', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ EMERGENCY_ACCESS_HOURS: '4' });
  });
  afterAll(() => t.close());

  it('gives a non-member professional time-limited access with a reason, logged as an emergency and reviewed', async () => {
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const theCase = await makeCase(t.dataSource, coordinator);
    const doctor = await makeUser(t.dataSource, 'professional');
    const agent = await loginAs(t.app, doctor.email, TEST_PASSWORD);
    expect((await agent.get(`/api/v1/cases/${theCase.id}`)).status).toBe(404);

    const short = await agent.post(`/api/v1/cases/${theCase.id}/emergency-access`).send({ reason: 'nodig' });
    expect(short.status).toBe(400);
    const res = await agent
      .post(`/api/v1/cases/${theCase.id}/emergency-access`)
      .send({ reason: 'Kind op de spoedeisende hulp met letsel; crisisdienst heeft gezinsgegevens nodig.' });
    expect(res.status).toBe(201);
    const granted: EmergencyAccess = res.body;
    const hours = (Date.parse(granted.expiresAt) - Date.parse(granted.grantedAt)) / 3_600_000;
    expect(hours).toBe(4);

    expect((await agent.get(`/api/v1/cases/${theCase.id}`)).status).toBe(200);
    const [row] = await t.dataSource.query(
      `SELECT relationship, emergency FROM access_log WHERE case_id = $1 AND user_id = $2 AND event = 'case.read'
        ORDER BY id DESC LIMIT 1`,
      [theCase.id, doctor.id],
    );
    expect(row).toEqual({ relationship: 'emergency', emergency: true });

    const officer = await loginAs(
      t.app,
      (await makeUser(t.dataSource, 'privacy_officer')).email,
      TEST_PASSWORD,
    );
    const open: EmergencyAccess[] = (await officer.get('/api/v1/emergency-accesses')).body;
    expect(open.map((e) => e.id)).toContain(granted.id);
    const reviewed = await officer
      .put(`/api/v1/emergency-accesses/${granted.id}/review`)
      .send({ note: 'Terecht gebruikt.' });
    expect(reviewed.body.reviewNote).toBe('Terecht gebruikt.');
    expect(
      ((await officer.get('/api/v1/emergency-accesses')).body as EmergencyAccess[]).map((e) => e.id),
    ).not.toContain(granted.id);
    expect(
      (await officer.put(`/api/v1/emergency-accesses/${granted.id}/review`).send({ note: 'nogmaals' }))
        .status,
    ).toBe(404);

    await t.dataSource.query(
      `UPDATE emergency_access SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [granted.id],
    );
    expect((await agent.get(`/api/v1/cases/${theCase.id}`)).status).toBe(404);
  });

  it('is not for members, parents, auditors, or cases that do not exist', async () => {
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const theCase = await makeCase(t.dataSource, coordinator);
    const reason = { reason: 'Een reden die lang genoeg is voor de test.' };
    const member = await loginAs(t.app, coordinator.email, TEST_PASSWORD);
    expect((await member.post(`/api/v1/cases/${theCase.id}/emergency-access`).send(reason)).status).toBe(409);
    for (const role of ['parent', 'auditor'] as const) {
      const agent = await loginAs(t.app, (await makeUser(t.dataSource, role)).email, TEST_PASSWORD);
      expect((await agent.post(`/api/v1/cases/${theCase.id}/emergency-access`).send(reason)).status).toBe(
        403,
      );
    }
    const pro = await loginAs(t.app, (await makeUser(t.dataSource, 'professional')).email, TEST_PASSWORD);
    const missing = await pro
      .post('/api/v1/cases/00000000-0000-4000-8000-000000000000/emergency-access')
      .send(reason);
    expect(missing.status).toBe(404);
    expect((await pro.get('/api/v1/emergency-accesses')).status).toBe(403);
  });
});
