import { DataSource } from 'typeorm';
import { createDataSource } from '../src/database/data-source';
import { makeCase, makeUser } from './support/factories';
import { testDatabaseUrl } from '@tafel/api/testing';

describe('database schema', () => {
  let ds: DataSource;

  beforeAll(async () => {
    ds = createDataSource(testDatabaseUrl());
    await ds.initialize();
  });
  afterAll(() => ds.destroy());

  it('matches the entities exactly after all migrations (no drift)', async () => {
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('keeps the chain-event timeline append-only, also for direct SQL', async () => {
    const coordinator = await makeUser(ds, 'coordinator');
    const theCase = await makeCase(ds, coordinator);
    await ds.query(
      `INSERT INTO chain_event (case_id, type, occurred_at, gemeente) VALUES ($1, 'case_opened', now(), $2)`,
      [theCase.id, theCase.gemeente],
    );
    await expect(
      ds.query(`UPDATE chain_event SET type = 'case_closed' WHERE case_id = $1`, [theCase.id]),
    ).rejects.toThrow(/append-only/);
    await expect(ds.query('DELETE FROM chain_event WHERE case_id = $1', [theCase.id])).rejects.toThrow(
      /append-only/,
    );
  });
});
