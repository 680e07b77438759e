import { ChainEvent } from '@tafel/shared/contracts';
import { TEST_PASSWORD, activeCoordinators, makeCase, makeUser } from './support/factories';
import { TestApp, createTestApp, loginAs } from './support/test-app';

describe('one active coordinator per case', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('hands over atomically: the old assignment ends, the new one starts, the timeline shows it', async () => {
    const from = await makeUser(t.dataSource, 'coordinator');
    const to = await makeUser(t.dataSource, 'coordinator');
    const theCase = await makeCase(t.dataSource, from);
    const agent = await loginAs(t.app, from.email, TEST_PASSWORD);

    const res = await agent
      .put(`/api/v1/cases/${theCase.id}/coordinator`)
      .send({ coordinatorId: to.id, reason: 'Verhuizing naar ander wijkteam' });

    expect(res.status).toBe(200);
    expect(res.body.coordinator.userId).toBe(to.id);
    expect(await activeCoordinators(t.dataSource, theCase.id)).toEqual([to.id]);
    const [ended] = await t.dataSource.query(
      'SELECT ended_at FROM coordinator_assignment WHERE case_id = $1 AND user_id = $2',
      [theCase.id, from.id],
    );
    expect(ended.ended_at).not.toBeNull();
    const events: ChainEvent[] = (await agent.get(`/api/v1/cases/${theCase.id}/events`)).body;
    expect(events[0]).toMatchObject({ type: 'coordinator_handed_over', data: { toCoordinatorId: to.id } });
  });

  it('never has two active coordinators under concurrent hand-overs', async () => {
    const from = await makeUser(t.dataSource, 'coordinator');
    const targets = await Promise.all(Array.from({ length: 8 }, () => makeUser(t.dataSource, 'coordinator')));
    const theCase = await makeCase(t.dataSource, from);
    const agent = await loginAs(t.app, from.email, TEST_PASSWORD);

    const results = await Promise.all(
      targets.map((target) =>
        agent
          .put(`/api/v1/cases/${theCase.id}/coordinator`)
          .send({ coordinatorId: target.id, reason: 'Gelijktijdige overdracht' }),
      ),
    );

    expect(results.every((r) => r.status === 200)).toBe(true);
    const active = await activeCoordinators(t.dataSource, theCase.id);
    expect(active).toHaveLength(1);
    const [{ count }] = await t.dataSource.query(
      'SELECT count(*)::int AS count FROM coordinator_assignment WHERE case_id = $1',
      [theCase.id],
    );
    expect(count).toBe(targets.length + 1);
  });

  it('is enforced by the database itself: a second active assignment is refused', async () => {
    const a = await makeUser(t.dataSource, 'coordinator');
    const b = await makeUser(t.dataSource, 'coordinator');
    const theCase = await makeCase(t.dataSource, a);
    await expect(
      t.dataSource.query(
        `INSERT INTO coordinator_assignment (case_id, user_id, started_at, reason) VALUES ($1, $2, now(), 'x')`,
        [theCase.id, b.id],
      ),
    ).rejects.toThrow(/uq_coordinator_assignment_active/);
  });

  it('refuses a hand-over to the same coordinator or to someone who is not a coordinator', async () => {
    const from = await makeUser(t.dataSource, 'coordinator');
    const parent = await makeUser(t.dataSource, 'parent');
    const theCase = await makeCase(t.dataSource, from);
    const agent = await loginAs(t.app, from.email, TEST_PASSWORD);
    const url = `/api/v1/cases/${theCase.id}/coordinator`;

    const same = await agent.put(url).send({ coordinatorId: from.id, reason: 'geen wijziging' });
    const notCoordinator = await agent
      .put(url)
      .send({ coordinatorId: parent.id, reason: 'ouder als regisseur' });
    const noReason = await agent.put(url).send({ coordinatorId: parent.id, reason: '' });

    expect(same.status).toBe(409);
    expect(notCoordinator.status).toBe(422);
    expect(noReason.status).toBe(400);
    expect(noReason.body.invalidParams).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'reason' })]),
    );
    expect(await activeCoordinators(t.dataSource, theCase.id)).toEqual([from.id]);
  });

  it('keeps the former coordinator on the case as a professional (warm hand-over)', async () => {
    const from = await makeUser(t.dataSource, 'coordinator');
    const to = await makeUser(t.dataSource, 'coordinator');
    const theCase = await makeCase(t.dataSource, from);
    const agent = await loginAs(t.app, from.email, TEST_PASSWORD);
    await agent
      .put(`/api/v1/cases/${theCase.id}/coordinator`)
      .send({ coordinatorId: to.id, reason: 'warme overdracht' });
    expect((await agent.get(`/api/v1/cases/${theCase.id}`)).status).toBe(200);
    // Choosing the next coordinator is the active coordinator's work, no longer the former one's.
    expect((await agent.get(`/api/v1/cases/${theCase.id}/coordinator-candidates`)).status).toBe(403);
    const active = await loginAs(t.app, to.email, TEST_PASSWORD);
    const candidates = (await active.get(`/api/v1/cases/${theCase.id}/coordinator-candidates`)).body as {
      id: string;
    }[];
    expect(candidates.map((c) => c.id)).toContain(from.id);
    expect(candidates.map((c) => c.id)).not.toContain(to.id);
  });
});
