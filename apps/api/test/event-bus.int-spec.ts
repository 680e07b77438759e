import { CaseDetail } from '@tafel/shared/contracts';
import { DomainEvents } from '../src/common/events/domain-events';
import { EventBus } from '../src/common/events/event-bus';
import { Transactions } from '../src/common/events/unit-of-work';
import { TEST_PASSWORD, makeCase, makeUser } from './support/factories';
import { TestApp, createTestApp, loginAs } from './support/test-app';

type Recorded = DomainEvents['chain.recorded'];

describe('domain events after commit', () => {
  let t: TestApp;
  let bus: EventBus;
  let agent: Awaited<ReturnType<typeof loginAs>>;
  let coordinator: Awaited<ReturnType<typeof makeUser>>;

  beforeAll(async () => {
    t = await createTestApp();
    bus = t.app.get(EventBus);
    coordinator = await makeUser(t.dataSource, 'coordinator');
    agent = await loginAs(t.app, coordinator.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  /** Subscribes for one test; each event is stored with what the database shows at delivery. */
  const listen = (caseId: string) => {
    const seen: { event: Recorded; gemeenteThen: string }[] = [];
    const off = bus.on('chain.recorded', async (payload) => {
      if (payload.caseId !== caseId) return;
      // Read through another connection: the change is visible only once committed.
      const [row] = await t.dataSource.query<{ gemeente: string }[]>(
        'SELECT gemeente FROM family_case WHERE id = $1',
        [caseId],
      );
      seen.push({ event: payload, gemeenteThen: row.gemeente });
    });
    return { seen, off };
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

  it('publishes nothing for a rolled-back transaction', async () => {
    const theCase = await makeCase(t.dataSource, coordinator, { gemeente: 'Enschede', phase: 'measure' });
    const { seen, off } = listen(theCase.id);
    // The gemeente change is recorded first, then the phase move is refused: all of it rolls back.
    const res = await agent
      .patch(`/api/v1/cases/${theCase.id}`)
      .send({ gemeente: 'Hengelo', phase: 'toeleiding' });
    expect(res.status).toBe(409);
    await settle();
    off();
    expect(seen).toEqual([]);
    const [{ count }] = await t.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM chain_event WHERE case_id = $1',
      [theCase.id],
    );
    expect(count).toBe(0);
  });

  it('publishes a committed change exactly once, after commit, typed and attributed', async () => {
    const theCase = await makeCase(t.dataSource, coordinator, { gemeente: 'Enschede', phase: 'signal' });
    const { seen, off } = listen(theCase.id);
    const res = await agent.patch(`/api/v1/cases/${theCase.id}`).send({ gemeente: 'Hengelo' });
    expect((res.body as CaseDetail).gemeente).toBe('Hengelo');
    await settle();
    off();
    expect(seen).toHaveLength(1);
    expect(seen[0].gemeenteThen).toBe('Hengelo');
    expect(seen[0].event.event).toMatchObject({
      type: 'gemeente_changed',
      data: { from: 'Enschede', to: 'Hengelo' },
      actorId: coordinator.id,
      attribution: {
        gemeente: 'Hengelo',
        organisationId: coordinator.organisationId,
        actorRole: 'coordinator',
        requesterType: null,
      },
    });
  });

  it('holds events of the unit of work until commit and drops them on rollback', async () => {
    const transactions = t.app.get(Transactions);
    const delivered: string[] = [];
    const off = bus.on('case.changed', ({ caseId }) => void delivered.push(caseId));
    await expect(
      transactions.run(async (uow) => {
        uow.publish('case.changed', { caseId: 'rolled-back', change: 'updated' });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await transactions.run(async (uow) => {
      uow.publish('case.changed', { caseId: 'committed', change: 'updated' });
      expect(delivered).toEqual([]);
    });
    off();
    expect(delivered).toEqual(['committed']);
  });
});
