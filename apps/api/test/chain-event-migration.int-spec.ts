import { DataSource } from 'typeorm';
import { createScratchDatabase, testAdminUrl, type ScratchDatabase } from '@tafel/api/testing';
import { dataSourceOptions } from '../src/database/data-source';
import { MIGRATIONS } from '../src/database/migrations';
import { ChainEventAttribution1795974532734 } from '../src/database/migrations/1795974532734-ChainEventAttribution';
import { chainEventProblems } from '../src/modules/cases/chain-event.schema';

/**
 * Rows written the old way, before the attribution migration: after it and every later migration, each
 * has its attribution and a payload that the current schema accepts.
 */
describe('the chain event attribution migration', () => {
  let scratch: ScratchDatabase;
  let ds: DataSource;
  const upTo = (last: number) =>
    new DataSource({ ...dataSourceOptions(scratch.url), migrations: MIGRATIONS.slice(0, last) });

  beforeAll(async () => {
    scratch = await createScratchDatabase(testAdminUrl());
    ds = upTo(MIGRATIONS.indexOf(ChainEventAttribution1795974532734));
    await ds.initialize();
    await ds.runMigrations();
  });
  afterAll(async () => {
    await ds.destroy();
    await scratch.drop();
  });

  it('gives existing rows their payload fields and attribution', async () => {
    const [wijkteam] = await ds.query<{ id: string }[]>(
      `INSERT INTO organisation (name, type, gemeente) VALUES ('Wijkteam Losser', 'wijkteam', 'Losser') RETURNING id`,
    );
    const [gi] = await ds.query<{ id: string }[]>(
      `INSERT INTO organisation (name, type) VALUES ('Jeugdbescherming Overijssel', 'gi') RETURNING id`,
    );
    const [user] = await ds.query<{ id: string }[]>(
      `INSERT INTO app_user (email, display_name, role, organisation_id) VALUES ('r@x.example', 'R', 'coordinator', $1) RETURNING id`,
      [wijkteam.id],
    );
    const [theCase] = await ds.query<{ id: string }[]>(
      `INSERT INTO family_case (case_number, family_name, gemeente) VALUES ('T-1', 'Bakker', 'Losser') RETURNING id`,
    );
    const [tafel] = await ds.query<{ id: string }[]>(
      `INSERT INTO tafel (case_id, moment_type, requested_by_id, requested_at, reason, consent_to_share)
       VALUES ($1, 'toeleiding', $2, now(), 'Zorgen', true) RETURNING id`,
      [theCase.id, user.id],
    );
    const rows: [string, string, object][] = [
      ['2026-01-01', 'case_opened', { gemeente: 'Enschede' }],
      ['2026-01-02', 'melding_received', {}],
      ['2026-01-03', 'tafel_requested', { tafelId: tafel.id, momentType: 'toeleiding' }],
      ['2026-01-04', 'tafel_held', {}],
      ['2026-01-05', 'handover_sent', { giOrganisationId: gi.id }],
      ['2026-01-06', 'vto_sent', {}],
    ];
    for (const [at, type, data] of rows) {
      await ds.query(
        `INSERT INTO chain_event (case_id, type, occurred_at, actor_id, data) VALUES ($1, $2, $3, $4, $5)`,
        [theCase.id, type, at, user.id, JSON.stringify(data)],
      );
    }
    await ds.destroy();
    ds = upTo(MIGRATIONS.length);
    await ds.initialize();
    await ds.runMigrations();

    const migrated = await ds.query<
      {
        type: string;
        data: object;
        gemeente: string;
        organisation_id: string;
        actor_role: string;
        requester_type: string | null;
        gi_organisation_id: string | null;
      }[]
    >('SELECT * FROM chain_event ORDER BY occurred_at');
    for (const row of migrated) expect(chainEventProblems(row)).toEqual([]);
    expect(migrated.map((r) => r.gemeente)).toEqual([
      'Enschede',
      'Losser',
      'Losser',
      'Losser',
      'Losser',
      'Losser',
    ]);
    expect(new Set(migrated.map((r) => r.organisation_id))).toEqual(new Set([wijkteam.id]));
    expect(new Set(migrated.map((r) => r.actor_role))).toEqual(new Set(['coordinator']));
    expect(migrated.map((r) => r.requester_type)).toEqual([null, null, 'wijkteam', null, null, null]);
    expect(migrated.map((r) => r.gi_organisation_id)).toEqual([null, null, null, null, gi.id, gi.id]);
    expect(migrated[3].data).toEqual({ tafelId: null, momentType: null });
    await expect(ds.query(`UPDATE chain_event SET type = 'case_closed'`)).rejects.toThrow(/append-only/);
  });
});
