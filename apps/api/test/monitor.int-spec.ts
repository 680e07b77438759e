import fc from 'fast-check';
import { ScratchDatabase, createMigratedDatabase } from '@tafel/api/testing';
import { ChainEventBody, ChainPhase, Gemeente } from '@tafel/shared/contracts';
import { Transactions } from '../src/common/events/unit-of-work';
import { CasesApi } from '../src/modules/cases/cases.api';
import { MonitorProjectionService } from '../src/modules/monitor/monitor-projection.service';
import { doublesOf } from '../src/modules/monitor/durations';
import { refreshSpanMonths } from '../src/modules/monitor/span-months';
import { TEST_PASSWORD, makeCase, makeUser } from './support/factories';
import { TestApp, createTestApp, loginAs } from './support/test-app';

const T = (iso: string) => new Date(iso);
const TAFELS = Array.from({ length: 6 }, (_, i) => `00000000-0000-4000-8000-00000000000${i + 1}`);
const HERBESPREKING = '00000000-0000-4000-8000-0000000000a1';

/** The monitor's aggregate rows, in a canonical order, for comparing incremental with rebuilt. */
async function snapshot(t: TestApp) {
  await t.app.get(MonitorProjectionService).drain();
  const counts = await t.dataSource.query(
    `SELECT metric, gemeente, gi, moment_type, to_char(month, 'YYYY-MM') AS month, bucket, n FROM monitor_count
      ORDER BY metric, gemeente, gi, moment_type, month, bucket`,
  );
  const spans = await t.dataSource.query(
    `SELECT case_id, metric, subject, gemeente, gi, moment_type, to_char(month, 'YYYY-MM') AS month,
            start_at, end_at, deadline_at, duration FROM monitor_span ORDER BY case_id, metric, subject`,
  );
  const spanMonths = await t.dataSource.query(
    `SELECT metric, gemeente, gi, moment_type, to_char(month, 'YYYY-MM') AS month, within, beyond, ended, durations
       FROM monitor_span_month ORDER BY metric, gemeente, gi, moment_type, month`,
  );
  return { counts, spans, spanMonths };
}

describe('ketenmonitor', () => {
  let db: ScratchDatabase;
  let t: TestApp;
  let record: (caseId: string, event: ChainEventBody, at: Date) => Promise<void>;
  const move = (caseId: string, from: ChainPhase, to: ChainPhase, at: Date) =>
    record(caseId, { type: 'phase_changed', data: { from, to } }, at);

  beforeAll(async () => {
    // A database of its own: which cells complementary suppression hides depends on every gemeente of
    // the region (a region is the sum of its gemeenten), so other files' cases would change the answers.
    db = await createMigratedDatabase();
    t = await createTestApp({}, db.url);
    const cases = t.app.get(CasesApi);
    const tx = t.app.get(Transactions);
    record = (caseId, event, at) => tx.run((uow) => cases.record(uow, caseId, event, null, at));
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  async function auditor(gemeente: Gemeente | null) {
    const user = await makeUser(t.dataSource, 'auditor', {}, 'gemeente');
    await t.dataSource.query('UPDATE organisation SET gemeente = $2 WHERE id = $1', [
      user.organisationId,
      gemeente,
    ]);
    return loginAs(t.app, user.email, TEST_PASSWORD);
  }

  // Haaksbergen: no other test here opens a case there, so its stock — a sum of every move before the
  // period too — is this history's alone.
  describe('known answers (Haaksbergen, 2031: worked out by hand)', () => {
    const caseIds: string[] = [];
    beforeAll(async () => {
      const coordinator = await makeUser(t.dataSource, 'coordinator');
      // Six toeleiding requests on Monday 6 January 2031; five tafels held after 7, 14, 14, 21 and 28 days.
      const heldAfter = [7, 14, 14, 21, 28, null];
      const decisions = [
        'conditional',
        'conditional',
        'conditional',
        'no_investigation',
        'no_investigation',
      ] as const;
      const heard = ['in_person', 'via_confidant', 'declined', 'in_person', 'declined'] as const;
      for (let i = 0; i < 6; i++) {
        const c = await makeCase(t.dataSource, coordinator, { gemeente: 'Haaksbergen' });
        caseIds.push(c.id);
        const tafelId = TAFELS[i] as string;
        const requested = T('2031-01-06T09:00:00Z');
        await record(
          c.id,
          { type: 'case_opened', data: { gemeente: 'Haaksbergen' } },
          T('2031-01-02T09:00:00Z'),
        );
        await move(c.id, 'signal', 'toeleiding', requested);
        await record(
          c.id,
          {
            type: 'tafel_requested',
            // Cases 0–4 hold the parents' reaction, 0–2 offered a familiegroepsplan, all describe the help.
            data: {
              tafelId,
              momentType: 'toeleiding',
              parentsReaction: i !== 5,
              familiegroepsplanOffered: i < 3,
              voluntaryHelpDescribed: true,
              followsTafelId: null,
            },
          },
          requested,
        );
        const after = heldAfter[i];
        if (after === null || after === undefined) continue;
        const held = new Date(requested.getTime() + after * 86_400_000);
        await record(c.id, { type: 'tafel_held', data: { tafelId, momentType: 'toeleiding' } }, held);
        await record(
          c.id,
          {
            type: 'decision_recorded',
            data: {
              tafelId,
              momentType: 'toeleiding',
              decision: decisions[i] ?? 'conditional',
              childHeard: heard[i] ?? 'declined',
              parentsView: 'agree',
              parentsPresent: i !== 2,
              parentsHeard: i !== 2,
            },
          },
          held,
        );
        if (i < 3) await move(c.id, 'toeleiding', 'drang', held);
        if (i === 3 || i === 4) await move(c.id, 'toeleiding', 'closed', held);
      }
      // Case 0 into investigation (17 February), case 1 into a measure (7 March).
      await move(caseIds[0] as string, 'drang', 'investigation', T('2031-02-17T10:00:00Z'));
      await move(caseIds[1] as string, 'drang', 'measure', T('2031-03-07T10:00:00Z'));
      // Case 1's drang (decided Monday 20 January 09:00) ends at its herbespreking on 2 June 09:00: 133 days.
      await record(
        caseIds[1] as string,
        { type: 'tafel_held', data: { tafelId: HERBESPREKING, momentType: 'herbespreking' } },
        T('2031-06-02T09:00:00Z'),
      );
      // Case 3: a melding on Thursday 2 January (no safety assessment yet); Veilig Thuis started its
      // investigation the same day and finished it on 6 January: 4 days.
      await record(caseIds[3] as string, { type: 'melding_received', data: {} }, T('2031-01-02T09:00:00Z'));
      await record(
        caseIds[3] as string,
        { type: 'vtt_investigation_started', data: {} },
        T('2031-01-02T09:00:00Z'),
      );
      await record(
        caseIds[3] as string,
        { type: 'vtt_investigation_finished', data: {} },
        T('2031-01-06T09:00:00Z'),
      );
      // Case 0: VTO on Monday 3 February, investigation 14 days later (norm 10 days: beyond).
      await record(
        caseIds[0] as string,
        { type: 'vto_sent', data: { tafelId: TAFELS[0] as string } },
        T('2031-02-03T10:00:00Z'),
      );
      await record(
        caseIds[0] as string,
        { type: 'investigation_started', data: {} },
        T('2031-02-17T10:00:00Z'),
      );
      // Case 1: court order Friday 7 March; jeugdbeschermer Thursday 13 March = 4 working days (norm 5).
      const order = {
        measureId: null,
        measureType: 'ots' as const,
        startsOn: null,
        endsOn: null,
        giOrganisationId: null,
      };
      await record(caseIds[1] as string, { type: 'court_order', data: order }, T('2031-03-07T10:00:00Z'));
      await record(
        caseIds[1] as string,
        { type: 'jeugdbeschermer_assigned', data: { jeugdbeschermerId: null } },
        T('2031-03-13T10:00:00Z'),
      );
      // Case 2: a hand-over sent Monday 3 February 10:00, accepted Wednesday 5 February 16:00 = 2.25 days.
      const handoverId = TAFELS[5] as string;
      await record(
        caseIds[2] as string,
        { type: 'handover_sent', data: { giOrganisationId: null, handoverId, toOrganisationId: handoverId } },
        T('2031-02-03T10:00:00Z'),
      );
      await record(
        caseIds[2] as string,
        {
          type: 'handover_accepted',
          data: { handoverId, toOrganisationId: handoverId, coordinatorId: handoverId },
        },
        T('2031-02-05T16:00:00Z'),
      );
      // Case 1: tafel held Monday 20 January, verslag Monday 27 January = 5 working days (norm 5: within).
      await record(
        caseIds[1] as string,
        { type: 'verslag_adopted', data: { tafelId: TAFELS[1] as string } },
        T('2031-01-27T09:00:00Z'),
      );
    });

    it('projects exactly the counts and spans worked out by hand', async () => {
      const counts = await t.dataSource.query(
        `SELECT metric, to_char(month, 'YYYY-MM') AS month, bucket, n FROM monitor_count
          WHERE gemeente = 'Haaksbergen' AND month >= '2031-01-01' ORDER BY metric, month, bucket`,
      );
      // Drang: case 0 decided 13 January 09:00, VTO 3 February 10:00 = 21 days and 1 hour (21.04).
      // Held after 7, 14, 14, 21 days: decided in January; after 28 days: 3 February.
      expect(counts).toEqual([
        { metric: 'child_heard', month: '2031-01', bucket: 'declined', n: 1 },
        { metric: 'child_heard', month: '2031-01', bucket: 'in_person', n: 2 },
        { metric: 'child_heard', month: '2031-01', bucket: 'via_confidant', n: 1 },
        { metric: 'child_heard', month: '2031-02', bucket: 'declined', n: 1 },
        // Case 2: drang, no parent heard, the child declined: a drang decision without hearing the family.
        { metric: 'drang_without_hearing', month: '2031-01', bucket: 'without_hearing', n: 1 },
        { metric: 'familiegroepsplan_offered', month: '2031-01', bucket: 'no', n: 3 },
        { metric: 'familiegroepsplan_offered', month: '2031-01', bucket: 'yes', n: 3 },
        { metric: 'inflow', month: '2031-01', bucket: 'unknown', n: 6 },
        { metric: 'outcome', month: '2031-01', bucket: 'conditional', n: 3 },
        { metric: 'outcome', month: '2031-01', bucket: 'no_investigation', n: 1 },
        { metric: 'outcome', month: '2031-02', bucket: 'no_investigation', n: 1 },
        { metric: 'parents_present', month: '2031-01', bucket: 'no', n: 1 },
        { metric: 'parents_present', month: '2031-01', bucket: 'yes', n: 3 },
        { metric: 'parents_present', month: '2031-02', bucket: 'yes', n: 1 },
        { metric: 'parents_reaction', month: '2031-01', bucket: 'no', n: 1 },
        { metric: 'parents_reaction', month: '2031-01', bucket: 'yes', n: 5 },
        // Stock moves: six opened into signal and moved on to toeleiding (net 0); three on to drang, one
        // closed; in February one more closed and one drang → investigation; in March drang → measure.
        { metric: 'stock', month: '2031-01', bucket: 'drang', n: 3 },
        { metric: 'stock', month: '2031-01', bucket: 'signal', n: 0 },
        { metric: 'stock', month: '2031-01', bucket: 'toeleiding', n: 2 },
        { metric: 'stock', month: '2031-02', bucket: 'drang', n: -1 },
        { metric: 'stock', month: '2031-02', bucket: 'investigation', n: 1 },
        { metric: 'stock', month: '2031-02', bucket: 'toeleiding', n: -1 },
        { metric: 'stock', month: '2031-03', bucket: 'drang', n: -1 },
        { metric: 'stock', month: '2031-03', bucket: 'measure', n: 1 },
        { metric: 'transitions', month: '2031-01', bucket: 'signal>toeleiding', n: 6 },
        { metric: 'transitions', month: '2031-01', bucket: 'toeleiding>closed', n: 1 },
        { metric: 'transitions', month: '2031-01', bucket: 'toeleiding>drang', n: 3 },
        { metric: 'transitions', month: '2031-02', bucket: 'drang>investigation', n: 1 },
        { metric: 'transitions', month: '2031-02', bucket: 'toeleiding>closed', n: 1 },
        { metric: 'transitions', month: '2031-03', bucket: 'drang>measure', n: 1 },
        { metric: 'voluntary_help_described', month: '2031-01', bucket: 'yes', n: 6 },
      ]);
      await t.app.get(MonitorProjectionService).drain();
      const spans = await t.dataSource.query(
        `SELECT metric, count(*)::int AS n, count(end_at)::int AS ended, sum(duration)::float AS total
           FROM monitor_span WHERE gemeente = 'Haaksbergen' AND month >= '2031-01-01' GROUP BY metric ORDER BY metric`,
      );
      expect(spans).toEqual([
        { metric: 'drang_period', n: 3, ended: 1, total: 133 },
        { metric: 'drang_success_12', n: 3, ended: 1, total: 21.04 },
        { metric: 'drang_success_6', n: 3, ended: 1, total: 21.04 },
        { metric: 'ketenwacht', n: 1, ended: 1, total: 2.25 },
        { metric: 'melding_to_safety_assessment', n: 1, ended: 0, total: null },
        { metric: 'order_to_help', n: 1, ended: 0, total: null },
        { metric: 'order_to_jeugdbeschermer', n: 1, ended: 1, total: 4 },
        { metric: 'order_to_plan', n: 1, ended: 0, total: null },
        { metric: 'request_to_tafel', n: 6, ended: 5, total: 84 },
        { metric: 'tafel_to_verslag', n: 6, ended: 1, total: 5 },
        { metric: 'vto_to_investigation', n: 1, ended: 1, total: 14 },
        { metric: 'vtt_investigation', n: 1, ended: 1, total: 4 },
      ]);
    });

    it('answers the lead time request → tafel: n 6, median 14, P90 25.2; buckets under 5 suppressed', async () => {
      const agent = await auditor('Haaksbergen');
      const res = await agent.get(
        '/api/v1/monitor/metrics/request_to_tafel?granularity=month&from=2031-01&to=2031-02',
      );
      expect(res.status).toBe(200);
      const row = (area: string, breakdown: string) =>
        res.body.rows.find(
          (r: { area: string; breakdown: string }) => r.area === area && r.breakdown === breakdown,
        );
      expect(row('Haaksbergen', 'total').cells).toEqual([
        { period: '2031-01', n: 6, median: 14, p90: 25.2 },
        // No request in February: a zero names no family and is shown, with no median or P90.
        { period: '2031-02', n: 0 },
      ]);
      expect(row('regio', 'total').cells[0]).toEqual({ period: '2031-01', n: 6, median: 14, p90: 25.2 });
      // ended 5 and pending 1: the 1 is under 5, the 5 would follow from 6 − 1, so both are hidden.
      expect(row('Haaksbergen', 'bucket:ended').cells[0].n).toBe('<5');
      expect(row('Haaksbergen', 'bucket:pending').cells[0].n).toBe('<5');
      expect(res.body.rows.map((r: { area: string }) => r.area)).not.toContain('Enschede');
      for (const id of caseIds) expect(JSON.stringify(res.body)).not.toContain(id);
    });

    it('suppresses counts of 1–4 families, never durations: short durations of 6 families show in days', async () => {
      // Tubbergen 2033 (no other spec's year): January 6 ended spans of 1–4 days and 1 still open,
      // February 1 ended span of 2 days.
      const spans = [
        ...[1, 1, 2, 2, 3, 4].map((days) => ['2033-01-01', days]),
        ['2033-01-01', null],
        ['2033-02-01', 2],
      ] as const;
      await t.dataSource.query(
        `INSERT INTO monitor_span (case_id, metric, subject, gemeente, gi, moment_type, month, start_at, end_at, deadline_at, duration)
         SELECT gen_random_uuid(), 'request_to_tafel', '', 'Tubbergen', '', 'toeleiding', month, month,
                month + duration * interval '1 day', NULL, duration
           FROM unnest($1::date[], $2::numeric[]) AS s(month, duration)`,
        [spans.map(([month]) => month), spans.map(([, days]) => days)],
      );
      await refreshSpanMonths(
        t.dataSource.manager,
        ['2033-01-01', '2033-02-01'].map((month) => ({
          metric: 'request_to_tafel',
          gemeente: 'Tubbergen',
          gi: '',
          momentType: 'toeleiding',
          month,
        })),
      );
      const agent = await auditor('Tubbergen');
      const query = 'granularity=month&from=2033-01&to=2033-02';
      const [res, csv] = await Promise.all([
        agent.get(`/api/v1/monitor/metrics/request_to_tafel?${query}`).expect(200),
        agent.get(`/api/v1/monitor/metrics/request_to_tafel/export/csv?${query}`).expect(200),
      ]).finally(async () => {
        // These spans have no events: gone again, so that a rebuild from the events still equals the projection.
        for (const table of ['monitor_span', 'monitor_span_month'])
          await t.dataSource.query(
            `DELETE FROM ${table} WHERE gemeente = 'Tubbergen' AND month >= '2033-01-01'`,
          );
      });
      const row = (breakdown: string) =>
        res.body.rows.find(
          (r: { area: string; breakdown: string }) => r.area === 'Tubbergen' && r.breakdown === breakdown,
        );
      // 7 families, 6 of them ended: median 2 and P90 3.5 days, not "<5". The count 7 itself is hidden by
      // the complementary rule (February's 1 would follow from the quarter minus January); its median is not.
      expect(row('total').cells[0]).toEqual({ period: '2033-01', n: '<5', median: 2, p90: 3.5 });
      // One family: its count is suppressed, its duration withheld (a measure, never "<5").
      expect(row('total').cells[1]).toEqual({
        period: '2033-02',
        n: '<5',
        median: 'withheld',
        p90: 'withheld',
      });
      // Ended 6 and pending 1: the 1 is hidden, and the 6 as well (it would follow from 7 − 1).
      expect(row('bucket:ended').cells[0].n).toBe('<5');
      expect(row('bucket:pending').cells[0].n).toBe('<5');
      // The quarter: ended 7 (6 + 1), pending 1 — the same complementary rule (quarter = its months) holds.
      expect(csv.text).toContain('Tubbergen,total,2033-01,<5,,2,3.5');
      expect(csv.text).toContain('Tubbergen,total,2033-02,<5,,afgeschermd,afgeschermd');
    });

    it('a quarter equals the sum of its months, and the CSV export carries the same suppression', async () => {
      const agent = await auditor(null);
      const q = await agent.get(
        '/api/v1/monitor/metrics/inflow?granularity=quarter&from=2031-01&to=2031-03&gemeente=Haaksbergen',
      );
      expect(q.status).toBe(200);
      const total = q.body.rows.find(
        (r: { area: string; breakdown: string }) => r.area === 'Haaksbergen' && r.breakdown === 'total',
      );
      expect(total.cells).toEqual([{ period: '2031-Q1', n: 6 }]);
      const csv = await agent.get(
        '/api/v1/monitor/metrics/inflow/export/csv?granularity=month&from=2031-01&to=2031-01&gemeente=Haaksbergen',
      );
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.text).toContain('Haaksbergen,total,2031-01,6,,,');
      expect(csv.text).toContain('Haaksbergen,bucket:unknown,2031-01,6,,,');
      // A zero names no family and is shown.
      expect(csv.text).toContain('Haaksbergen,bucket:wijkteam,2031-01,0,,,');
    });

    it('the stock per phase: 5 open cases at the end of January, each phase under 5 hidden; a quarter is its last month', async () => {
      const agent = await auditor('Haaksbergen');
      const get = (granularity: string) =>
        agent.get(`/api/v1/monitor/metrics/stock?granularity=${granularity}&from=2031-01&to=2031-03`);
      const months = await get('month');
      expect(months.status).toBe(200);
      expect(months.body.kind).toBe('stock');
      const rows = (body: { rows: { area: string; breakdown: string; cells: unknown[] }[] }) =>
        new Map(body.rows.filter((r) => r.area === 'Haaksbergen').map((r) => [r.breakdown, r.cells]));
      const byMonth = rows(months.body);
      expect(byMonth.get('total')).toEqual([
        { period: '2031-01', n: 5 },
        { period: '2031-02', n: '<5' },
        { period: '2031-03', n: '<5' },
      ]);
      expect([...byMonth.keys()]).toEqual([
        'total',
        'bucket:signal',
        'bucket:toeleiding',
        'bucket:drang',
        'bucket:investigation',
        'bucket:measure',
        'bucket:step_down',
      ]);
      for (const [breakdown, cells] of byMonth)
        if (breakdown !== 'total')
          for (const c of cells) expect(['<5', 0]).toContain((c as { n: unknown }).n);
      expect(rows((await get('quarter')).body).get('total')).toEqual([{ period: '2031-Q1', n: '<5' }]);
      // The same cells, hidden the same way, whatever range they are asked in (one canonical table).
      const wider = await agent.get(
        '/api/v1/monitor/metrics/stock?granularity=month&from=2030-01&to=2031-03',
      );
      for (const [breakdown, cells] of rows(wider.body))
        expect(cells.slice(-3)).toEqual(byMonth.get(breakdown));
    });

    it('answers the flow in one request, and the toeleiding audit with every timer', async () => {
      const agent = await auditor('Haaksbergen');
      const range = 'granularity=month&from=2031-01&to=2031-02';
      const flow = await agent.get(`/api/v1/monitor/flow?${range}`);
      expect(flow.status).toBe(200);
      expect(flow.body.map((t: { id: string; kind: string }) => `${t.id}:${t.kind}`)).toEqual([
        'inflow:count',
        'stock:stock',
        'transitions:count',
        'outflow:count',
      ]);
      const audit = await agent.get(`/api/v1/monitor/toeleiding?${range}`);
      expect(audit.status).toBe(200);
      const ids = audit.body.map((t: { id: string }) => t.id);
      expect(ids).toEqual(
        expect.arrayContaining(['drang_without_hearing', 'vtt_investigation', 'drang_period']),
      );
      const vtt = audit.body.find((t: { id: string }) => t.id === 'vtt_investigation');
      expect(vtt.norm).toMatchObject({ kind: 'days', value: 70 });
      // One investigation, ended within the norm: shown as "<5", its median withheld (a measure, not "<5").
      const total = vtt.rows.find(
        (r: { area: string; breakdown: string }) => r.area === 'Haaksbergen' && r.breakdown === 'total',
      );
      expect(total.cells[0]).toEqual({ period: '2031-01', n: '<5', median: 'withheld', p90: 'withheld' });
    });

    it('an incremental projection equals a full rebuild from the events', async () => {
      const before = await snapshot(t);
      await t.dataSource.transaction((m) => t.app.get(MonitorProjectionService).rebuild(m));
      expect(await snapshot(t)).toEqual(before);
    });

    it('shows a new event within 5 s: a count (in its transaction) and a lead time (span worker)', async () => {
      const agent = await auditor('Haaksbergen');
      const total = async (metric: string) => {
        const res = await agent.get(
          `/api/v1/monitor/metrics/${metric}?granularity=month&from=2031-01&to=2031-01`,
        );
        return res.body.rows.find(
          (r: { area: string; breakdown: string }) => r.area === 'Haaksbergen' && r.breakdown === 'total',
        ).cells[0].n;
      };
      expect(await total('inflow')).toBe(6);
      expect(await total('request_to_tafel')).toBe(6);
      const recorded = Date.now();
      await record(
        caseIds[5] as string,
        {
          type: 'tafel_requested',
          data: {
            tafelId: HERBESPREKING,
            momentType: 'herbespreking',
            parentsReaction: null,
            familiegroepsplanOffered: null,
            voluntaryHelpDescribed: null,
            followsTafelId: null,
          },
        },
        T('2031-01-20T09:00:00Z'),
      );
      for (const metric of ['inflow', 'request_to_tafel']) {
        while ((await total(metric)) !== 7 && Date.now() - recorded < 5_000)
          await new Promise((resolve) => setTimeout(resolve, 100));
        expect(await total(metric)).toBe(7);
      }
      expect(Date.now() - recorded).toBeLessThan(5_000);
    });
  });

  it('keeps no row of an ended span where it no longer starts: its month moved when an earlier start was recorded', async () => {
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const c = await makeCase(t.dataSource, coordinator, { gemeente: 'Losser' });
    const tafelId = TAFELS[4] as string;
    const requested: ChainEventBody = {
      type: 'tafel_requested',
      data: {
        tafelId,
        momentType: 'toeleiding',
        parentsReaction: null,
        familiegroepsplanOffered: null,
        voluntaryHelpDescribed: null,
        followsTafelId: null,
      },
    };
    const kept = async () =>
      (
        await t.dataSource.query<{ month: string; durations: Buffer }[]>(
          `SELECT to_char(month, 'YYYY-MM') AS month, durations FROM monitor_span_month
            WHERE metric = 'request_to_tafel' AND gemeente = 'Losser' ORDER BY month`,
        )
      ).map((r) => ({ month: r.month, durations: [...doublesOf(r.durations)] }));
    await record(c.id, requested, T('2032-03-10T09:00:00Z'));
    await record(
      c.id,
      { type: 'tafel_held', data: { tafelId, momentType: 'toeleiding' } },
      T('2032-03-20T09:00:00Z'),
    );
    await t.app.get(MonitorProjectionService).drain();
    expect(await kept()).toEqual([{ month: '2032-03', durations: [10] }]);
    await record(c.id, requested, T('2032-02-10T09:00:00Z'));
    await t.app.get(MonitorProjectionService).drain();
    expect(await kept()).toEqual([{ month: '2032-02', durations: [39] }]);
  });

  it('incremental == rebuild on random event histories (property)', async () => {
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const pool = await Promise.all(
      (['Almelo', 'Borne', 'Hengelo'] as Gemeente[]).map((gemeente) =>
        makeCase(t.dataSource, coordinator, { gemeente }),
      ),
    );
    const event = fc.record({
      caseIndex: fc.nat({ max: pool.length - 1 }),
      tafel: fc.nat({ max: 2 }),
      day: fc.nat({ max: 400 }),
      kind: fc.constantFrom(
        'request',
        'held',
        'decision',
        'vto',
        'investigation',
        'melding',
        'safety',
        'order',
        'assigned',
        'ready',
        'help',
        'ended',
        'sent',
        'accepted',
        'verslag',
        'opened',
        'phase',
      ),
      phases: fc.constantFrom<[ChainPhase, ChainPhase]>(
        ['signal', 'toeleiding'],
        ['toeleiding', 'drang'],
        ['drang', 'closed'],
        ['closed', 'signal'],
      ),
      decision: fc.constantFrom('no_investigation', 'conditional', 'request_investigation'),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(event, { maxLength: 12 }), async (history) => {
        for (const e of history) {
          const tafelId = TAFELS[e.tafel] as string;
          const bodies: Record<string, ChainEventBody> = {
            request: {
              type: 'tafel_requested',
              data: {
                tafelId,
                momentType: 'toeleiding',
                parentsReaction: e.tafel === 0,
                familiegroepsplanOffered: null,
                voluntaryHelpDescribed: e.day % 2 === 0,
                followsTafelId: null,
              },
            },
            held: { type: 'tafel_held', data: { tafelId, momentType: 'toeleiding' } },
            decision: {
              type: 'decision_recorded',
              data: {
                tafelId,
                momentType: 'herbespreking',
                decision: e.decision,
                childHeard: 'in_writing',
                parentsView: 'disagree',
                parentsPresent: e.day % 3 === 0 ? null : e.tafel === 1,
                parentsHeard: e.tafel !== 2,
              },
            },
            vto: { type: 'vto_sent', data: { tafelId } },
            investigation: { type: 'investigation_started', data: {} },
            melding: { type: 'melding_received', data: {} },
            safety: { type: 'safety_assessment_done', data: {} },
            order: {
              type: 'court_order',
              data: {
                measureId: null,
                measureType: 'ots',
                startsOn: null,
                endsOn: null,
                giOrganisationId: null,
              },
            },
            assigned: { type: 'jeugdbeschermer_assigned', data: { jeugdbeschermerId: null } },
            ready: { type: 'plan_van_aanpak_ready', data: {} },
            help: { type: 'help_started', data: {} },
            ended: {
              type: 'measure_ended',
              data: { reason: 'afschaling', measureId: null, followUp: 'step_down' },
            },
            sent: {
              type: 'handover_sent',
              data: { giOrganisationId: null, handoverId: tafelId, toOrganisationId: null },
            },
            accepted: {
              type: 'handover_accepted',
              data: { handoverId: tafelId, toOrganisationId: tafelId, coordinatorId: tafelId },
            },
            verslag: { type: 'verslag_adopted', data: { tafelId } },
            opened: { type: 'case_opened', data: { gemeente: 'Almelo' } },
            phase: { type: 'phase_changed', data: { from: e.phases[0], to: e.phases[1] } },
          };
          await record(
            (pool[e.caseIndex] as { id: string }).id,
            bodies[e.kind] as ChainEventBody,
            new Date(Date.UTC(2029, 0, 1) + e.day * 86_400_000),
          );
        }
        const incremental = await snapshot(t);
        await t.dataSource.transaction((m) => t.app.get(MonitorProjectionService).rebuild(m));
        expect(await snapshot(t)).toEqual(incremental);
      }),
      { numRuns: 12 },
    );
  });

  describe('who reaches the monitor, and bad input', () => {
    it('professionals, parents and children get 403; an auditor of a gemeente not another gemeente', async () => {
      for (const role of [
        'coordinator',
        'professional',
        'parent',
        'child',
        'chair',
        'privacy_officer',
      ] as const) {
        const u = await makeUser(t.dataSource, role);
        const agent = await loginAs(t.app, u.email, TEST_PASSWORD);
        for (const path of [
          'metrics',
          'metrics/inflow?from=2031-01&to=2031-01',
          'metrics/inflow/export/csv?from=2031-01&to=2031-01',
          'toeleiding?from=2031-01&to=2031-01',
          'scope',
          'duiding/2031',
        ]) {
          const res = await agent.get(`/api/v1/monitor/${path}`);
          expect([role, path, res.status]).toEqual([role, path, 403]);
        }
      }
      const agent = await auditor('Haaksbergen');
      const other = await agent.get('/api/v1/monitor/metrics/inflow?from=2031-01&to=2031-01&gemeente=Almelo');
      expect(other.status).toBe(403);
      expect(other.headers['content-type']).toContain('application/problem+json');
      const duiding = await agent
        .put('/api/v1/monitor/duiding/2031-Q1')
        .send({ text: 'Lange wachttijd bij de Raad.' });
      expect(duiding.status).toBe(403);
    });

    it('an unknown metric is 404, a period in reverse or a bad granularity 400, as problem+json', async () => {
      const agent = await auditor(null);
      const unknown = await agent.get('/api/v1/monitor/metrics/wachtlijst?from=2031-01&to=2031-01');
      expect(unknown.status).toBe(404);
      expect(unknown.headers['content-type']).toContain('application/problem+json');
      const reversed = await agent.get('/api/v1/monitor/metrics/inflow?from=2031-05&to=2031-01');
      expect(reversed.status).toBe(400);
      expect(reversed.headers['content-type']).toContain('application/problem+json');
      const granularity = await agent.get(
        '/api/v1/monitor/metrics/inflow?from=2031-01&to=2031-01&granularity=week',
      );
      expect(granularity.status).toBe(400);
    });

    it('the picker offers a gemeente auditor their gemeente, a regional auditor all 14; export keeps the scope', async () => {
      const own = await auditor('Haaksbergen');
      expect((await own.get('/api/v1/monitor/scope')).body).toEqual({
        gemeenten: ['Haaksbergen'],
        regional: false,
      });
      const other = await own.get(
        '/api/v1/monitor/metrics/inflow/export/csv?from=2031-01&to=2031-01&gemeente=Almelo',
      );
      expect(other.status).toBe(403);
      expect(other.headers['content-type']).toContain('application/problem+json');
      const regional = (await (await auditor(null)).get('/api/v1/monitor/scope')).body;
      expect(regional.regional).toBe(true);
      expect(regional.gemeenten).toHaveLength(14);
    });

    it('no answer an auditor reaches names a case, a tafel or a person', async () => {
      const agent = await auditor(null);
      const secrets = [
        ...(await t.dataSource.query<{ id: string }[]>('SELECT id FROM family_case')).map((r) => r.id),
        ...TAFELS,
        ...(
          await t.dataSource.query<{ id: string; name: string }[]>(
            `SELECT id, display_name AS name FROM app_user WHERE role <> 'auditor'`,
          )
        ).flatMap((r) => [r.id, r.name]),
      ];
      const q = 'from=2031-01&to=2031-12&granularity=month';
      const answers = [
        await agent.get('/api/v1/monitor/metrics'),
        await agent.get(`/api/v1/monitor/toeleiding?${q}`),
        ...(await Promise.all(
          (await agent.get('/api/v1/monitor/metrics')).body.map((m: { id: string }) =>
            agent.get(`/api/v1/monitor/metrics/${m.id}/export/csv?${q}`),
          ),
        )),
      ];
      expect(secrets.length).toBeGreaterThan(6);
      for (const res of answers) {
        expect(res.status).toBe(200);
        for (const secret of secrets) expect(res.text).not.toContain(secret);
      }
    });

    it('the regional auditor writes the duiding of a period; it is read back without who wrote it', async () => {
      const agent = await auditor(null);
      const put = await agent
        .put('/api/v1/monitor/duiding/2031-Q1')
        .send({ text: 'Wachttijd Raad boven de norm.' });
      expect(put.status).toBe(200);
      const got = await agent.get('/api/v1/monitor/duiding/2031-Q1');
      expect(got.body).toMatchObject({ period: '2031-Q1', text: 'Wachttijd Raad boven de norm.' });
      expect(Object.keys(got.body).sort()).toEqual(['period', 'text', 'updatedAt']);
      expect((await agent.get('/api/v1/monitor/duiding/2031-13')).status).toBe(400);
    });
  });
});
