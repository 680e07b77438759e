import request from 'supertest';
import { TEST_PASSWORD, makeCase, makeUser } from './support/factories';
import { TestApp, createTestApp, loginAs } from './support/test-app';

interface LogRow {
  event: string;
  action: string;
  case_id: string | null;
  authorised: boolean;
  relationship: string;
  access_point: string;
}

const rowsOf = (t: TestApp, userId: string): Promise<LogRow[]> =>
  t.dataSource.query(
    `SELECT event, action, case_id, authorised, relationship, access_point FROM access_log
      WHERE user_id = $1 ORDER BY id`,
    [userId],
  );

describe('NEN 7513: refusals at the permission check, the privacy officer, the access point', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_FAILURES: '2', LOGIN_DELAY_MS: '0' });
  });
  afterAll(() => t.close());

  it('logs a refusal at the permission check, naming the case of the route', async () => {
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const theCase = await makeCase(t.dataSource, coordinator);
    const parent = await makeUser(t.dataSource, 'parent');
    const agent = await loginAs(t.app, parent.email, TEST_PASSWORD);
    const refused = await agent
      .put(`/api/v1/cases/${theCase.id}/regie`)
      .send({ mode: 'family', reason: 'x' });
    expect(refused.status).toBe(403);
    await agent.post('/api/v1/cases').send({ familyName: 'Nieuw', gemeente: 'Borne' }).expect(403);
    const rows = await rowsOf(t, parent.id);
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'U',
        case_id: theCase.id,
        authorised: false,
        relationship: 'no_permission',
      }),
      expect.objectContaining({
        action: 'C',
        case_id: null,
        authorised: false,
        relationship: 'no_permission',
      }),
    ]);
    expect(rows[0]?.event).toMatch(/^case:/);
  });

  it("logs the privacy officer's searches (R) and exports (E)", async () => {
    const officer = await makeUser(t.dataSource, 'privacy_officer');
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const theCase = await makeCase(t.dataSource, coordinator);
    const agent = await loginAs(t.app, officer.email, TEST_PASSWORD);
    await agent.get('/api/v1/access-log').query({ caseId: theCase.id }).expect(200);
    await agent.get('/api/v1/access-log/export').expect(200);
    const rows = await rowsOf(t, officer.id);
    expect(rows.map((r) => [r.event, r.action, r.case_id, r.authorised])).toEqual([
      ['access_log_searched', 'R', theCase.id, true],
      ['access_log_exported', 'E', null, true],
    ]);
  });

  it('ignores X-Forwarded-For from a client that is no configured proxy: access log and login limit', async () => {
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const theCase = await makeCase(t.dataSource, coordinator);
    const agent = await loginAs(t.app, coordinator.email, TEST_PASSWORD);
    await agent.get(`/api/v1/cases/${theCase.id}`).set('X-Forwarded-For', '203.0.113.9').expect(200);
    const [row] = await rowsOf(t, coordinator.id);
    expect(row?.access_point).not.toContain('203.0.113.9');
    expect(row?.access_point).toMatch(/ip=(::ffff:)?127\.0\.0\.1|ip=::1/);

    // Five times the account limit per address: a spoofed header per try does not escape it.
    await t.dataSource.query('DELETE FROM login_attempt');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await request(t.app.getHttpServer())
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', `198.51.100.${i}`)
        .send({ email: `nobody.${i}@test.example`, password: 'wrong-password' });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);
  });
});

describe('behind a configured proxy (TRUST_PROXY)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: 'loopback', LOGIN_MAX_FAILURES: '2', LOGIN_DELAY_MS: '0' });
    // The first suite's failed logins from this address share the database.
    await t.dataSource.query('DELETE FROM login_attempt');
  });
  afterAll(() => t.close());

  it('takes the client address from X-Forwarded-For, for the access log and the login limit alike', async () => {
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const theCase = await makeCase(t.dataSource, coordinator);
    const agent = await loginAs(t.app, coordinator.email, TEST_PASSWORD);
    await agent.get(`/api/v1/cases/${theCase.id}`).set('X-Forwarded-For', '203.0.113.9').expect(200);
    const [row] = await rowsOf(t, coordinator.id);
    expect(row?.access_point).toMatch(/^ip=203\.0\.113\.9;/);

    const attempt = (ip: string, i: number) =>
      request(t.app.getHttpServer())
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', ip)
        .send({ email: `someone.${ip}.${i}@test.example`, password: 'wrong-password' });
    for (let i = 0; i < 10; i++) expect((await attempt('198.51.100.7', i)).status).toBe(401);
    expect((await attempt('198.51.100.7', 10)).status).toBe(429);
    expect((await attempt('198.51.100.8', 0)).status).toBe(401);
  });
});
