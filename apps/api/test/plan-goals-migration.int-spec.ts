import { DataSource } from 'typeorm';
import { createScratchDatabase, testAdminUrl, type ScratchDatabase } from '@tafel/api/testing';
import { dataSourceOptions } from '../src/database/data-source';
import { MIGRATIONS } from '../src/database/migrations';
import { PlanGoals1797540000000 } from '../src/database/migrations/1797540000000-PlanGoals';

type Row = { sections: Record<string, string>; goals?: { id: string; text: string }[]; agreements: object[] };

const SECTIONS = { worries: 'Ruzie thuis.', goals: 'Rust in huis.\n\n  Elke dag naar school  \r\n' };
const AGREEMENT = { owner: 'Moeder', what: 'Belt de huisarts', dueDate: '2030-01-15' };
const UUID = /^[0-9a-f-]{36}$/;

/**
 * Before the migration the goals were the free text of the `goals` section. The draft's text becomes
 * one goal per non-empty line and its agreements serve none yet; a version keeps what it published
 * (and its hash) and gets the same goals beside it. Down gives the text back.
 */
describe('the plan-goals migration', () => {
  let scratch: ScratchDatabase;
  let ds: DataSource;
  const at = MIGRATIONS.indexOf(PlanGoals1797540000000);
  const migrateTo = async (count: number) => {
    if (ds?.isInitialized) await ds.destroy();
    ds = new DataSource({ ...dataSourceOptions(scratch.url), migrations: MIGRATIONS.slice(0, count) });
    await ds.initialize();
    await ds.runMigrations();
  };
  const plan = async () => (await ds.query<Row[]>('SELECT * FROM plan'))[0];
  const versions = () => ds.query<(Row & { sha256: string })[]>('SELECT * FROM plan_version ORDER BY number');

  beforeAll(async () => {
    scratch = await createScratchDatabase(testAdminUrl());
    await migrateTo(at);
  });
  afterAll(async () => {
    await ds.destroy();
    await scratch.drop();
  });

  it('turns the goals text into goals, keeps versions as published, and back on down', async () => {
    const [theCase] = await ds.query<{ id: string }[]>(
      `INSERT INTO family_case (case_number, family_name, gemeente) VALUES ('T-1', 'Bakker', 'Losser') RETURNING id`,
    );
    const by = '00000000-0000-4000-8000-000000000001';
    await ds.query(`INSERT INTO plan (case_id, revision, sections, agreements) VALUES ($1, 3, $2, $3)`, [
      theCase.id,
      JSON.stringify(SECTIONS),
      JSON.stringify([AGREEMENT]),
    ]);
    const insertVersion = (number: number, sections: object, extra = '', values: unknown[] = []) =>
      ds.query(
        `INSERT INTO plan_version (case_id, number, sections, agreements, regie_mode, sha256, published_by_id${extra ? ', goals' : ''})
         VALUES ($1, $2, $3, $4, 'family', $5, $6${extra})`,
        [
          theCase.id,
          number,
          JSON.stringify(sections),
          JSON.stringify([AGREEMENT]),
          'a'.repeat(64),
          by,
          ...values,
        ],
      );
    await insertVersion(1, SECTIONS);

    await migrateTo(at + 1);
    const migrated = await plan();
    expect(migrated.goals?.map((g) => g.text)).toEqual(['Rust in huis.', 'Elke dag naar school']);
    expect(migrated.goals?.every((g) => UUID.test(g.id))).toBe(true);
    expect(migrated.sections).toEqual({ worries: 'Ruzie thuis.' });
    expect(migrated.agreements).toEqual([{ ...AGREEMENT, goalId: null }]);
    const [v1] = await versions();
    expect(v1.sections).toEqual(SECTIONS);
    expect(v1.agreements).toEqual([AGREEMENT]);
    expect(v1.sha256).toBe('a'.repeat(64));
    expect(v1.goals?.map((g) => g.text)).toEqual(['Rust in huis.', 'Elke dag naar school']);
    await expect(ds.query(`UPDATE plan_version SET goals = '[]'`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`SELECT plan_goal_id FROM agreement`)).resolves.toEqual([]);

    // A version published with goals has no goals text; down writes it back from its goals.
    const goals = [{ id: by, text: 'Rust in huis.' }];
    await insertVersion(2, { worries: 'Ruzie thuis.' }, ', $7', [JSON.stringify(goals)]);

    await ds.undoLastMigration();
    const back = await plan();
    expect(back.sections).toEqual({ worries: 'Ruzie thuis.', goals: 'Rust in huis.\nElke dag naar school' });
    expect(back.agreements).toEqual([AGREEMENT]);
    expect('goals' in back).toBe(false);
    const [old, newer] = await versions();
    expect(old.sections).toEqual(SECTIONS);
    expect(newer.sections).toEqual({ worries: 'Ruzie thuis.', goals: 'Rust in huis.' });
    await expect(ds.query(`UPDATE plan_version SET sections = '{}'`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`SELECT plan_goal_id FROM agreement`)).rejects.toThrow(/plan_goal_id/);
  });
});
