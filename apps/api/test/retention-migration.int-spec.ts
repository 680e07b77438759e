import { DataSource } from 'typeorm';
import { createScratchDatabase, testAdminUrl, type ScratchDatabase } from '@tafel/api/testing';
import { dataSourceOptions } from '../src/database/data-source';
import { MIGRATIONS } from '../src/database/migrations';
import { Retention1797548260000 } from '../src/database/migrations/1797548260000-Retention';

/** Cases closed before retention existed get their term from the migration; down takes it away again. */
describe('the retention migration', () => {
  let scratch: ScratchDatabase;
  let ds: DataSource;
  const at = MIGRATIONS.indexOf(Retention1797548260000);
  const open = async (count: number) => {
    await ds?.destroy();
    ds = new DataSource({ ...dataSourceOptions(scratch.url), migrations: MIGRATIONS.slice(0, count) });
    await ds.initialize();
    await ds.runMigrations();
  };

  beforeAll(async () => {
    scratch = await createScratchDatabase(testAdminUrl());
    await open(at);
  });
  afterAll(async () => {
    await ds.destroy();
    await scratch.drop();
  });

  it('fixes the term of every closed case from its closing event and measures, and back on down', async () => {
    const insertCase = async (number: string, phase: string) =>
      (
        await ds.query<{ id: string }[]>(
          `INSERT INTO family_case (case_number, family_name, gemeente, phase) VALUES ($1, 'Bakker', 'Losser', $2)
           RETURNING id`,
          [number, phase],
        )
      )[0].id;
    const closedAt = async (caseId: string, occurredAt: string) =>
      ds.query(
        `INSERT INTO chain_event (case_id, type, occurred_at, data, gemeente)
         VALUES ($1, 'phase_changed', $2, '{"from":"signal","to":"closed"}', 'Losser')`,
        [caseId, occurredAt],
      );
    const plain = await insertCase('T-1', 'closed');
    // 23:30 UTC on 31 March is 1 April in the Netherlands: the closing day is Dutch.
    await closedAt(plain, '2030-03-31T23:30:00Z');
    const measured = await insertCase('T-2', 'closed');
    await closedAt(measured, '2030-05-01T10:00:00Z');
    const [child] = await ds.query<{ id: string }[]>(
      `INSERT INTO case_member (case_id, kind, first_name, last_name, birth_date)
       VALUES ($1, 'child', 'Sem', 'Bakker', '2015-09-30') RETURNING id`,
      [measured],
    );
    await ds.query(
      `INSERT INTO measure (case_id, member_id, type, court_date, starts_on)
       VALUES ($1, $2, 'voogdij', '2026-01-05', '2026-01-05')`,
      [measured, child.id],
    );
    const running = await insertCase('T-3', 'measure');

    await open(at + 1);
    const terms = await ds.query(
      `SELECT case_number, to_char(closed_on, 'YYYY-MM-DD') AS closed_on, to_char(retain_until, 'YYYY-MM-DD') AS retain_until
         FROM family_case WHERE id = ANY($1) ORDER BY case_number`,
      [[plain, measured, running]],
    );
    expect(terms).toEqual([
      { case_number: 'T-1', closed_on: '2030-04-01', retain_until: '2050-04-01' },
      { case_number: 'T-2', closed_on: '2030-05-01', retain_until: '2063-09-30' },
      { case_number: 'T-3', closed_on: null, retain_until: null },
    ]);

    await ds.undoLastMigration();
    const columns = await ds.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'family_case' AND column_name = 'retain_until'`,
    );
    expect(columns).toEqual([]);
  });
});
