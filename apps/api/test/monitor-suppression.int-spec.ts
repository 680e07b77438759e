import { ScratchDatabase, createMigratedDatabase } from '@tafel/api/testing';
import { Gemeente } from '@tafel/shared/contracts';
import { Transactions } from '../src/common/events/unit-of-work';
import { CasesApi } from '../src/modules/cases/cases.api';
import { MonitorProjectionService } from '../src/modules/monitor/monitor-projection.service';
import { TEST_PASSWORD, makeCase, makeUser } from './support/factories';
import { TestApp, createTestApp, loginAs } from './support/test-app';

type Row = { area: string; breakdown: string; cells: { period: string; n: number | string }[] };

/**
 * Suppression as an auditor of Enschede reads it (a database of its own: which cells complementary
 * suppression hides depends on every gemeente). Enschede 2036: January 3 requests (unknown requester)
 * and 6 following a tafel's decision, February 6 (unknown requester), nothing else anywhere.
 */
describe('ketenmonitor: suppression of the inflow as the auditor reads it', () => {
  let db: ScratchDatabase;
  let t: TestApp;
  const requests: { month: string; follows: boolean; n: number }[] = [
    { month: '2036-01', follows: false, n: 3 },
    { month: '2036-01', follows: true, n: 6 },
    { month: '2036-02', follows: false, n: 6 },
  ];
  /** The true count of a cell (Enschede and the region hold the same: no other gemeente has any). */
  const truth = (breakdown: string, period: string) =>
    requests
      .filter((r) => r.month.startsWith(period.slice(0, 4)) && inPeriod(r.month, period))
      .filter((r) =>
        breakdown === 'total'
          ? true
          : breakdown === 'bucket:decision'
            ? r.follows
            : breakdown === 'bucket:unknown'
              ? !r.follows
              : false,
      )
      .reduce((sum, r) => sum + r.n, 0);
  const inPeriod = (month: string, period: string) =>
    period.length === 4
      ? true
      : period[5] === 'Q'
        ? Math.ceil(Number(month.slice(5)) / 3) === Number(period[6])
        : month === period;

  beforeAll(async () => {
    db = await createMigratedDatabase();
    t = await createTestApp({}, db.url);
    const cases = t.app.get(CasesApi);
    const tx = t.app.get(Transactions);
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    for (const { month, follows, n } of requests)
      for (let i = 0; i < n; i++) {
        const c = await makeCase(t.dataSource, coordinator, { gemeente: 'Enschede' });
        await tx.run((uow) =>
          cases.record(
            uow,
            c.id,
            {
              type: 'tafel_requested',
              data: {
                tafelId: c.id,
                momentType: 'toeleiding',
                parentsReaction: true,
                familiegroepsplanOffered: false,
                voluntaryHelpDescribed: true,
                followsTafelId: follows ? c.id : null,
              },
            },
            null,
            new Date(`${month}-10T10:00:00Z`),
          ),
        );
      }
    await t.app.get(MonitorProjectionService).drain();
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  async function tables() {
    const user = await makeUser(t.dataSource, 'auditor', {}, 'gemeente');
    await t.dataSource.query('UPDATE organisation SET gemeente = $2 WHERE id = $1', [
      user.organisationId,
      'Enschede' as Gemeente,
    ]);
    const agent = await loginAs(t.app, user.email, TEST_PASSWORD);
    const get = async (granularity: string) =>
      (
        await agent
          .get(`/api/v1/monitor/metrics/inflow?granularity=${granularity}&from=2036-01&to=2036-12`)
          .expect(200)
      ).body.rows as Row[];
    return { month: await get('month'), quarter: await get('quarter'), year: await get('year') };
  }

  it('never hides a zero: no cell whose count is 0 reads "<5"', async () => {
    const all = Object.values(await tables()).flat();
    const hiddenZeros = all.flatMap((r) =>
      r.cells
        .filter((c) => c.n === '<5' && truth(r.breakdown, c.period) === 0)
        .map((c) => `${r.area}|${r.breakdown}|${c.period}`),
    );
    expect(hiddenZeros).toEqual([]);
    // Every shown count is the true count.
    for (const r of all)
      for (const c of r.cells) if (typeof c.n === 'number') expect(c.n).toBe(truth(r.breakdown, c.period));
  });

  it('a quarter is the sum of its months, a year of its quarters, and never below the shown parts', async () => {
    const { month, quarter, year } = await tables();
    const find = (rows: Row[], r: Row) =>
      rows.find((x) => x.area === r.area && x.breakdown === r.breakdown) as Row;
    const check = (whole: Row, parts: Row, of: (period: string) => string[]) => {
      for (const c of whole.cells) {
        const ns = parts.cells.filter((p) => of(c.period).includes(p.period)).map((p) => p.n);
        const shown = ns.filter((n): n is number => typeof n === 'number');
        if (typeof c.n !== 'number') continue;
        if (shown.length === ns.length) expect(c.n).toBe(shown.reduce((a, b) => a + b, 0));
        else expect(c.n).toBeGreaterThanOrEqual(shown.reduce((a, b) => a + b, 0));
      }
    };
    const monthsOf = (q: string) =>
      [1, 2, 3].map((i) => `${q.slice(0, 4)}-${String((Number(q[6]) - 1) * 3 + i).padStart(2, '0')}`);
    for (const r of quarter) check(r, find(month, r), monthsOf);
    for (const r of year) check(r, find(quarter, r), (y) => [1, 2, 3, 4].map((q) => `${y}-Q${q}`));
    // The figures of the reviewer's report: the quarter's 15 is shown, January's 9 as well; February's 6 is
    // hidden with the 3 in January's unknown requester (quarter 9 minus February would give it away).
    const total = (rows: Row[]) => find(rows, { area: 'Enschede', breakdown: 'total', cells: [] }).cells;
    expect(total(quarter)[0]).toEqual({ period: '2036-Q1', n: 15 });
    expect(total(year)[0]).toEqual({ period: '2036', n: 15 });
  });
});
