import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { STAFF_ROLES } from '@tafel/shared/contracts';
import { TEST_PASSWORD, activeCoordinators, makeCase, makeUser } from './support/factories';
import { TestApp, createTestApp, loginAs } from './support/test-app';

const REASON = 'Vorige regievoerder is uit dienst.';

/** A family whose coordinator is deactivated is not stuck: the administrator hands it over, blind. */
describe('the administrator hands over the families of a deactivated coordinator', () => {
  let t: TestApp;
  let admin: request.Agent;
  let adminId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const user = await makeUser(t.dataSource, 'admin');
    adminId = user.id;
    admin = await loginAs(t.app, user.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const handOver = (fromId: string, body: object) =>
    admin.post(`/api/v1/admin/users/${fromId}/hand-over`).send(body);
  const deactivate = async (id: string) =>
    expect((await admin.post(`/api/v1/admin/users/${id}/deactivate`)).status).toBe(200);

  it('without it, the families of a deactivated coordinator are stuck: nobody may hand them over', async () => {
    const leaving = await makeUser(t.dataSource, 'coordinator');
    const colleague = await makeUser(t.dataSource, 'coordinator');
    const theCase = await makeCase(t.dataSource, leaving);
    await deactivate(leaving.id);
    const agent = await loginAs(t.app, colleague.email, TEST_PASSWORD);
    const res = await agent
      .put(`/api/v1/cases/${theCase.id}/coordinator`)
      .send({ coordinatorId: colleague.id, reason: REASON });
    expect(res.status).toBe(404);
  });

  it('hands every family over in one go, logged per family, and the new coordinator takes regie', async () => {
    const leaving = await makeUser(t.dataSource, 'coordinator');
    const next = await makeUser(t.dataSource, 'coordinator');
    const cases = [await makeCase(t.dataSource, leaving), await makeCase(t.dataSource, leaving)];
    const other = await makeCase(t.dataSource, await makeUser(t.dataSource, 'coordinator'));
    await deactivate(leaving.id);

    const res = await handOver(leaving.id, { coordinatorId: next.id, reason: REASON });
    expect([res.status, res.body]).toEqual([200, { families: 0, tafelsToChair: 0, tafelsToMinute: 0 }]);
    for (const c of cases) expect(await activeCoordinators(t.dataSource, c.id)).toEqual([next.id]);
    expect(await activeCoordinators(t.dataSource, other.id)).not.toEqual([next.id]);

    const log = await t.dataSource.query(
      `SELECT event, action, case_id, authorised, relationship FROM access_log WHERE user_id = $1 AND case_id IS NOT NULL`,
      [adminId],
    );
    expect(log).toEqual(
      expect.arrayContaining(
        cases.map((c) => ({
          event: 'case.handover.orphaned',
          action: 'U',
          case_id: c.id,
          authorised: true,
          relationship: 'admin',
        })),
      ),
    );
    const events = await t.dataSource.query(
      `SELECT case_id, actor_id FROM chain_event WHERE type = 'coordinator_handed_over' AND case_id = ANY($1)`,
      [cases.map((c) => c.id)],
    );
    expect(events).toHaveLength(2);
    expect(events.every((e: { actor_id: string }) => e.actor_id === adminId)).toBe(true);

    const agent = await loginAs(t.app, next.email, TEST_PASSWORD);
    expect((await agent.get(`/api/v1/cases/${cases[0].id}`)).status).toBe(200);
    const onward = await agent
      .put(`/api/v1/cases/${cases[0].id}/coordinator`)
      .send({ coordinatorId: (await makeUser(t.dataSource, 'coordinator')).id, reason: REASON });
    expect(onward.status).toBe(200);
    // The administrator still reads no family.
    expect((await admin.get(`/api/v1/cases/${cases[1].id}`)).status).toBe(403);
  });

  it('refuses while the person is active (invalid_state), changing nothing', async () => {
    const active = await makeUser(t.dataSource, 'coordinator');
    const theCase = await makeCase(t.dataSource, active);
    const next = await makeUser(t.dataSource, 'coordinator');
    const res = await handOver(active.id, { coordinatorId: next.id, reason: REASON });
    expect([res.status, res.body.code]).toEqual([409, 'invalid_state']);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await activeCoordinators(t.dataSource, theCase.id)).toEqual([active.id]);
  });

  it('refuses a new coordinator who is no active coordinator (coordinator_not_eligible)', async () => {
    const leaving = await makeUser(t.dataSource, 'coordinator');
    const theCase = await makeCase(t.dataSource, leaving);
    await deactivate(leaving.id);
    const chair = await makeUser(t.dataSource, 'chair');
    const gone = await makeUser(t.dataSource, 'coordinator', { active: false });
    for (const to of [chair.id, gone.id, leaving.id, randomUUID()]) {
      const res = await handOver(leaving.id, { coordinatorId: to, reason: REASON });
      expect([res.status, res.body.code]).toEqual([422, 'coordinator_not_eligible']);
    }
    expect(await activeCoordinators(t.dataSource, theCase.id)).toEqual([leaving.id]);
  });

  it('answers 404 for an unknown person and 400 problem+json for bad input', async () => {
    const next = await makeUser(t.dataSource, 'coordinator');
    expect((await handOver(randomUUID(), { coordinatorId: next.id, reason: REASON })).status).toBe(404);
    for (const body of [
      {},
      { coordinatorId: next.id },
      { coordinatorId: next.id, reason: 'kort' },
      { coordinatorId: 'niet-een-id', reason: REASON },
      { coordinatorId: next.id, reason: REASON, evil: true },
    ]) {
      const res = await handOver(next.id, body);
      expect([res.status, res.body.code]).toEqual([400, 'validation_failed']);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
  });

  it('is refused to every other role (403)', async () => {
    const leaving = await makeUser(t.dataSource, 'coordinator');
    const theCase = await makeCase(t.dataSource, leaving);
    await deactivate(leaving.id);
    for (const role of STAFF_ROLES.filter((r) => r !== 'admin')) {
      const user = await makeUser(t.dataSource, role);
      const agent = await loginAs(t.app, user.email, TEST_PASSWORD);
      const res = await agent
        .post(`/api/v1/admin/users/${leaving.id}/hand-over`)
        .send({ coordinatorId: user.id, reason: REASON });
      expect([role, res.status]).toEqual([role, 403]);
    }
    expect(await activeCoordinators(t.dataSource, theCase.id)).toEqual([leaving.id]);
  });
});
