import { Transactions } from '../src/common/events/unit-of-work';
import { CasesApi } from '../src/modules/cases/cases.api';
import { MonitorProjectionService } from '../src/modules/monitor/monitor-projection.service';
import { TEST_PASSWORD, makeCase, makeUser } from './support/factories';
import { TestApp, createTestApp, loginAs } from './support/test-app';

const DAY = 86_400_000;
const VTO_AT = new Date('2035-03-05T09:00:00Z');

/**
 * The region's norms (`TAFEL_CHAIN_NORMS`) reach the monitor's compliance: six VTOs in Dinkelland
 * (no other spec uses it, nor 2035) whose investigation started after 20 days are beyond the default
 * RvdK norm (10 days) and within the region's 30 — also for spans derived before the value changed.
 */
describe('ketenmonitor: norm compliance with the region’s norms', () => {
  let t: TestApp;

  afterAll(() => t.close());

  async function compliance() {
    await t.app.get(MonitorProjectionService).drain();
    const user = await makeUser(t.dataSource, 'auditor', {}, 'gemeente');
    await t.dataSource.query('UPDATE organisation SET gemeente = NULL WHERE id = $1', [user.organisationId]);
    const agent = await loginAs(t.app, user.email, TEST_PASSWORD);
    const res = await agent
      .get('/api/v1/monitor/metrics/vto_to_investigation?granularity=year&from=2035-01&to=2035-12&by=bucket')
      .expect(200);
    const n = (breakdown: string) =>
      res.body.rows.find(
        (r: { area: string; breakdown: string }) => r.area === 'Dinkelland' && r.breakdown === breakdown,
      ).cells[0].n;
    const metrics = (await agent.get('/api/v1/monitor/metrics').expect(200)).body as {
      id: string;
      norm: { value: number } | null;
    }[];
    const normOf = (id: string) => metrics.find((m) => m.id === id)?.norm?.value ?? null;
    return {
      norm: res.body.norm.value,
      within: n('bucket:within'),
      beyond: n('bucket:beyond'),
      requestToTafelNorm: normOf('request_to_tafel'),
    };
  }

  it('counts by the default norm without a region value', async () => {
    t = await createTestApp();
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const cases = t.app.get(CasesApi);
    const tx = t.app.get(Transactions);
    for (let i = 0; i < 6; i++) {
      const c = await makeCase(t.dataSource, coordinator, { gemeente: 'Dinkelland' });
      await tx.run((uow) =>
        cases.record(uow, c.id, { type: 'vto_sent', data: { tafelId: null } }, null, VTO_AT),
      );
      const started = new Date(VTO_AT.getTime() + 20 * DAY);
      await tx.run((uow) =>
        cases.record(uow, c.id, { type: 'investigation_started', data: {} }, null, started),
      );
    }
    // None within the norm: a zero names no family and is shown (not "<5").
    expect(await compliance()).toEqual({ norm: 10, within: 0, beyond: 6, requestToTafelNorm: null });
  });

  it('counts by the region’s value once it is set: the stored spans are derived again at start-up', async () => {
    await t.close();
    t = await createTestApp({ TAFEL_CHAIN_NORMS: '{"rvdk_start": 30, "request_to_tafel": 10}' });
    expect(await compliance()).toEqual({ norm: 30, within: 6, beyond: 0, requestToTafelNorm: 10 });
  });
});
