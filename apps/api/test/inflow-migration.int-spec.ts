import { DataSource } from 'typeorm';
import { createScratchDatabase, testAdminUrl, type ScratchDatabase } from '@tafel/api/testing';
import { dataSourceOptions } from '../src/database/data-source';
import { MIGRATIONS } from '../src/database/migrations';
import { InflowByDecision1797520000000 } from '../src/database/migrations/1797520000000-InflowByDecision';

type Count = { moment_type: string; month: string; bucket: string; n: number };

/**
 * Inflow counted before the `decision` bucket: a coordinator's request under its organisation type, a
 * herbespreking that a drang decision asked for under the chair's. The migration moves only the latter,
 * and back.
 */
describe('the inflow-by-decision migration', () => {
  let scratch: ScratchDatabase;
  let ds: DataSource;
  const at = MIGRATIONS.indexOf(InflowByDecision1797520000000);
  const inflow = () =>
    ds.query<Count[]>(
      `SELECT moment_type, to_char(month, 'YYYY-MM') AS month, bucket, n FROM monitor_count
        WHERE metric = 'inflow' ORDER BY moment_type, month, bucket`,
    );

  beforeAll(async () => {
    scratch = await createScratchDatabase(testAdminUrl());
    ds = new DataSource({ ...dataSourceOptions(scratch.url), migrations: MIGRATIONS.slice(0, at) });
    await ds.initialize();
    await ds.runMigrations();
  });
  afterAll(async () => {
    await ds.destroy();
    await scratch.drop();
  });

  it('moves the counts of requests made by a decision into their own bucket, and back on down', async () => {
    const [theCase] = await ds.query<{ id: string }[]>(
      `INSERT INTO family_case (case_number, family_name, gemeente) VALUES ('T-1', 'Bakker', 'Losser') RETURNING id`,
    );
    const requested = (momentType: string, followsTafelId: string | null) => ({
      tafelId: null,
      momentType,
      parentsReaction: null,
      familiegroepsplanOffered: null,
      voluntaryHelpDescribed: null,
      followsTafelId,
    });
    const drang = '00000000-0000-4000-8000-000000000001';
    const events: [string, string, object][] = [
      // 23:30 UTC on 31 January is February in Losser: the month is cut in Dutch time, as the projection does.
      ['2031-01-31T23:30:00Z', 'wijkteam', requested('toeleiding', null)],
      ['2031-02-10T09:00:00Z', 'other', requested('herbespreking', drang)],
      ['2031-02-11T09:00:00Z', 'other', requested('herbespreking', drang)],
      ['2031-02-12T09:00:00Z', 'wijkteam', requested('herbespreking', null)],
    ];
    for (const [occurredAt, requesterType, data] of events) {
      await ds.query(
        `INSERT INTO chain_event (case_id, type, occurred_at, data, gemeente, requester_type)
         VALUES ($1, 'tafel_requested', $2, $3, 'Losser', $4)`,
        [theCase.id, occurredAt, JSON.stringify(data), requesterType],
      );
    }
    const before: Count[] = [
      { moment_type: 'herbespreking', month: '2031-02', bucket: 'other', n: 2 },
      { moment_type: 'herbespreking', month: '2031-02', bucket: 'wijkteam', n: 1 },
      { moment_type: 'toeleiding', month: '2031-02', bucket: 'wijkteam', n: 1 },
    ];
    for (const c of before) {
      await ds.query(
        `INSERT INTO monitor_count (metric, gemeente, gi, moment_type, month, bucket, n)
         VALUES ('inflow', 'Losser', '', $1, $2, $3, $4)`,
        [c.moment_type, `${c.month}-01`, c.bucket, c.n],
      );
    }

    await ds.destroy();
    ds = new DataSource({ ...dataSourceOptions(scratch.url), migrations: MIGRATIONS.slice(0, at + 1) });
    await ds.initialize();
    await ds.runMigrations();
    expect(await inflow()).toEqual([
      { moment_type: 'herbespreking', month: '2031-02', bucket: 'decision', n: 2 },
      { moment_type: 'herbespreking', month: '2031-02', bucket: 'wijkteam', n: 1 },
      { moment_type: 'toeleiding', month: '2031-02', bucket: 'wijkteam', n: 1 },
    ]);

    await ds.undoLastMigration();
    expect(await inflow()).toEqual(before);
  });
});
