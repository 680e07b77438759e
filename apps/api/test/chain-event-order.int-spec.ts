import { DataSource } from 'typeorm';
import { ChainEvent, ChainEventBody } from '@tafel/shared/contracts';
import { createScratchDatabase, testAdminUrl, type ScratchDatabase } from '@tafel/api/testing';
import { Transactions } from '../src/common/events/unit-of-work';
import { dataSourceOptions } from '../src/database/data-source';
import { MIGRATIONS } from '../src/database/migrations';
import { ChainEventSeq1797560000000 } from '../src/database/migrations/1797560000000-ChainEventSeq';
import { CasesApi } from '../src/modules/cases/cases.api';
import { TEST_PASSWORD, makeCase, makeUser } from './support/factories';
import { TestApp, createTestApp, loginAs } from './support/test-app';

const REASONS = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht'];

/** The regie switched back and forth, each with its own reason: eight events told apart by their reason. */
const switched = (reason: string, i: number): ChainEventBody => ({
  type: 'regie_changed',
  data:
    i % 2 ? { from: 'family', to: 'professional', reason } : { from: 'professional', to: 'family', reason },
});

describe('the timeline keeps the order of recording for events of the same instant', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists them as recorded, newest first on the timeline and oldest first for the norms, every time', async () => {
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const theCase = await makeCase(t.dataSource, coordinator);
    const cases = t.app.get(CasesApi);
    const at = new Date('2031-03-04T09:00:00Z');
    // Half in one transaction, half each in their own.
    await t.app.get(Transactions).run(async (uow) => {
      for (const [i, reason] of REASONS.slice(0, 4).entries()) {
        await cases.record(uow, theCase.id, switched(reason, i), coordinator.id, at);
      }
    });
    for (const [i, reason] of REASONS.slice(4).entries()) {
      await t.app
        .get(Transactions)
        .run((uow) => cases.record(uow, theCase.id, switched(reason, i + 4), coordinator.id, at));
    }
    const agent = await loginAs(t.app, coordinator.email, TEST_PASSWORD);
    for (let round = 0; round < 3; round++) {
      const timeline: ChainEvent[] = (await agent.get(`/api/v1/cases/${theCase.id}/events`).expect(200)).body;
      const reasons = timeline.flatMap((e) => (e.type === 'regie_changed' ? [e.data.reason] : []));
      expect(reasons).toEqual([...REASONS].reverse());
    }
    const oldestFirst = await cases.timelines(t.dataSource.manager, [theCase.id]);
    expect(oldestFirst.flatMap((e) => (e.type === 'regie_changed' ? [e.data['reason']] : []))).toEqual(
      REASONS,
    );
    // The regie's reason is the one recorded last.
    expect((await cases.regie(t.dataSource.manager, theCase.id)).reason).toBe('acht');
  });
});

describe('the migration that numbers the timeline (ChainEventSeq)', () => {
  let scratch: ScratchDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    scratch = await createScratchDatabase(testAdminUrl());
    ds = new DataSource({
      ...dataSourceOptions(scratch.url),
      migrations: MIGRATIONS.slice(0, MIGRATIONS.indexOf(ChainEventSeq1797560000000) + 1),
    });
    await ds.initialize();
    await ds.runMigrations();
    await ds.undoLastMigration();
  });
  afterAll(async () => {
    await ds.destroy();
    await scratch.drop();
  });

  it('numbers the existing rows as the timeline showed them, then every new one after them; down drops it', async () => {
    const [theCase] = await ds.query<{ id: string }[]>(
      `INSERT INTO family_case (case_number, family_name, gemeente) VALUES ('T-1', 'Bakker', 'Losser') RETURNING id`,
    );
    const insert = (at: string) =>
      ds.query(
        `INSERT INTO chain_event (case_id, type, occurred_at, gemeente) VALUES ($1, 'melding_received', $2, 'Losser')`,
        [theCase.id, at],
      );
    for (const at of ['2026-01-02', '2026-01-01', '2026-01-02', '2026-01-01', '2026-01-02']) await insert(at);
    const shown = await ds.query<{ id: string }[]>('SELECT id FROM chain_event ORDER BY occurred_at, id');

    await ds.runMigrations();
    const numbered = await ds.query<{ id: string; seq: string }[]>(
      'SELECT id, seq FROM chain_event ORDER BY seq',
    );
    expect(numbered.map((r) => r.id)).toEqual(shown.map((r) => r.id));
    expect(numbered.map((r) => Number(r.seq))).toEqual([1, 2, 3, 4, 5]);
    await insert('2026-01-01');
    const [last] = await ds.query<{ seq: string }[]>('SELECT max(seq) AS seq FROM chain_event');
    expect(Number(last?.seq)).toBe(6);
    await expect(ds.query(`UPDATE chain_event SET seq = 0`)).rejects.toThrow(/append-only/);

    await ds.undoLastMigration();
    const columns = await ds.query<{ column_name: string }[]>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'chain_event' AND column_name = 'seq'`,
    );
    expect(columns).toEqual([]);
  });
});
