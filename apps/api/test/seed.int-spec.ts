import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  CaseDetail,
  CaseSummary,
  Dashboard,
  FamilyHome,
  GEMEENTEN,
  MFA_ROLES,
  Page,
  ROLES,
  TafelDetail,
  TafelSummary,
  Verslag,
} from '@tafel/shared/contracts';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/app-config';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../src/database/seed/demo-accounts';
import { ROOM_FAMILY } from '../src/database/seed/demo-room';
import { MEASURE_FAMILY } from '../src/database/seed/demo-measure-family';
import { seedDemoDataOnce } from '../src/database/seed/demo-seed';
import { familiesPerGemeente } from '../src/database/seed/twente';
import { ScratchDatabase, UnusedTotpCodes, createScratchDatabase, testAdminUrl } from '@tafel/api/testing';

describe('Twente demo data', () => {
  let db: ScratchDatabase;
  let app: INestApplication;

  beforeAll(async () => {
    db = await createScratchDatabase(testAdminUrl());
    app = await createApp(loadConfig({ NODE_ENV: 'test', WEB_ROOT: '' }), db.url);
    await app.init();
    expect(await seedDemoDataOnce(app)).toBe(true);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const query = <T>(text: string, params: unknown[] = []): Promise<T[]> =>
    app.get(DataSource).query(text, params);
  const codes = new UnusedTotpCodes();
  /** Logs in as the demo does it: password, then the TOTP code for professionals. */
  const login = async (email: string) => {
    const agent = request.agent(app.getHttpServer());
    const res = await agent.post('/api/v1/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
    if (res.body.status === 'totp_required') {
      await agent
        .post('/api/v1/auth/totp/verify')
        .send({ code: await codes.next(email, DEMO_TOTP_SECRET) })
        .expect(200);
    }
    return agent;
  };

  it('seeds only once', async () => {
    expect(await seedDemoDataOnce(app)).toBe(false);
  });

  it('gives the Bakker family a published plan that the parent reads and the 14-year-old does not', async () => {
    const [{ case_id: caseId }] = await query<{ case_id: string }>(
      `SELECT m.case_id FROM case_member m JOIN app_user u ON u.id = m.user_id WHERE u.email = 'ouder@tafel.example'`,
    );
    const parent = await login('ouder@tafel.example');
    const version = (await parent.get(`/api/v1/cases/${caseId}/plan/versions/1`).expect(200)).body;
    expect(version.sections.worries).toContain('Daan');
    expect(version.sha256).toMatch(/^[0-9a-f]{64}$/);
    const youth = await login('jongere@tafel.example');
    const withheld = (await youth.get(`/api/v1/cases/${caseId}/plan/versions/1`).expect(200)).body;
    expect(withheld.documentsWithheld).toBe(true);
  });

  it('keeps the hand-made families unique by name, so searching "Bakker" or "Mulder" finds one family', async () => {
    const rows = await query<{ family_name: string; n: string }>(
      `SELECT family_name, count(*) AS n FROM family_case WHERE family_name IN ('Bakker', 'Mulder') GROUP BY family_name`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.family_name, Number(r.n)]))).toEqual({
      Bakker: 1,
      Mulder: 1,
    });
  });

  it('has about 100 families spread over the 14 gemeenten in proportion to jeugdzorg', async () => {
    const rows = await query<{ gemeente: string; n: number }>(
      'SELECT gemeente, count(*)::int AS n FROM family_case GROUP BY gemeente',
    );
    const counts = Object.fromEntries(rows.map((r) => [r.gemeente, r.n]));
    expect(Object.keys(counts).sort()).toEqual([...GEMEENTEN].sort());
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(100);
    expect(counts).toEqual(Object.fromEntries(familiesPerGemeente(100)));
    expect(counts['Enschede']).toBeGreaterThan(counts['Borne']);
  });

  it('covers every chain phase, every role, children of all ages and a confidential address', async () => {
    const phases = await query<{ phase: string }>('SELECT DISTINCT phase FROM family_case');
    expect(phases).toHaveLength(7);
    const roles = await query<{ role: string }>('SELECT DISTINCT role FROM app_user');
    expect(roles.map((r) => r.role).sort()).toEqual(ROLES.filter((r) => r !== 'network').sort());
    const [ages] = await query<{ under12: number; from12: number; from16: number }>(
      `SELECT count(*) FILTER (WHERE age(birth_date) < interval '12 years')::int AS under12,
              count(*) FILTER (WHERE age(birth_date) >= interval '12 years' AND age(birth_date) < interval '16 years')::int AS from12,
              count(*) FILTER (WHERE age(birth_date) >= interval '16 years' AND age(birth_date) < interval '18 years')::int AS from16
         FROM case_member WHERE kind = 'child'`,
    );
    expect(ages.under12).toBeGreaterThan(0);
    expect(ages.from12).toBeGreaterThan(0);
    expect(ages.from16).toBeGreaterThan(0);
    const [custody] = await query<{ without: number }>(
      `SELECT count(*)::int AS without FROM case_member WHERE kind = 'parent' AND custody = false`,
    );
    expect(custody.without).toBeGreaterThan(0);
    const events = await query<{ type: string }>('SELECT DISTINCT type FROM chain_event');
    expect(events.length).toBeGreaterThan(8);
  });

  it('gives the chair sittings ahead and the Bakker family a requested toeleiding with the RvdK', async () => {
    const [{ sittings }] = await query<{ sittings: number }>(
      `SELECT count(*)::int AS sittings FROM sitting WHERE starts_at > now()`,
    );
    expect(sittings).toBeGreaterThanOrEqual(4);
    const parent = await login('ouder@tafel.example');
    const tafels: TafelSummary[] = (await parent.get('/api/v1/tafels')).body;
    expect(tafels).toHaveLength(1);
    expect(tafels[0]).toMatchObject({ momentType: 'toeleiding', status: 'requested' });
    const detail: TafelDetail = (await parent.get(`/api/v1/tafels/${tafels[0].id}`)).body;
    expect(detail.participants.map((p) => p.role).sort()).toEqual([
      'child',
      'parent',
      'parent',
      'parent',
      'raad',
      'requester',
    ]);
    const coordinator = await login('regievoerder.enschede@tafel.example');
    const proposals = (await coordinator.get(`/api/v1/tafels/${tafels[0].id}/slot-proposals`))
      .body as unknown[];
    expect(proposals.length).toBeGreaterThan(0);
  });

  it('gives the Hofman family a tafel today that the chair can open now, with chair, secretary, VTT, the RvdK and the parent seated', async () => {
    const parent = await login(ROOM_FAMILY.parentEmail);
    const tafels: TafelSummary[] = (await parent.get('/api/v1/tafels').expect(200)).body;
    expect(tafels).toHaveLength(1);
    const detail: TafelDetail = (await parent.get(`/api/v1/tafels/${tafels[0].id}`).expect(200)).body;
    expect(detail.status).toBe('scheduled');
    const startsAt = new Date(detail.startsAt ?? '');
    const amsterdamDay = (d: Date) => d.toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });
    expect(amsterdamDay(startsAt)).toBe(amsterdamDay(new Date()));
    expect(startsAt.getTime()).toBeLessThanOrEqual(Date.now());
    const me = (await parent.get('/api/v1/me').expect(200)).body as { id: string };
    const seated = (role: string, email: string) =>
      query<{ n: number }>(
        `SELECT count(*)::int AS n FROM tafel_participant p JOIN app_user u ON u.id = p.user_id
          WHERE p.tafel_id = $1 AND p.role = $2 AND u.email = $3`,
        [detail.id, role, email],
      );
    expect(await seated('chair', 'voorzitter@tafel.example')).toEqual([{ n: 1 }]);
    expect(await seated('secretary', 'secretaris@tafel.example')).toEqual([{ n: 1 }]);
    expect(await seated('vtt', 'vtt@tafel.example')).toEqual([{ n: 1 }]);
    expect(await seated('raad', 'raad@tafel.example')).toEqual([{ n: 1 }]);
    expect(detail.participants.some((p) => p.role === 'parent' && p.userId === me.id)).toBe(true);
    const cases: Page<CaseSummary> = (await parent.get('/api/v1/cases')).body;
    expect(cases.items.map((c) => c.familyName)).toEqual([ROOM_FAMILY.name]);
    const chair = await login('voorzitter@tafel.example');
    const opened = await chair.post(`/api/v1/tafels/${detail.id}/open`).expect(200);
    expect(opened.body.status).toBe('in_session');
  });

  it('gives the Morsink family a running OTS of Jeugdbescherming Overijssel that its parent and child read, its chain events telling the same story', async () => {
    const parent: FamilyHome = (
      await (await login(MEASURE_FAMILY.parentEmail)).get('/api/v1/me/family').expect(200)
    ).body;
    const family = parent.family as CaseDetail;
    expect(family).toMatchObject({ familyName: MEASURE_FAMILY.name, gemeente: 'Enschede', phase: 'measure' });
    const jesse = family.members.find((m) => m.firstName === 'Jesse');
    expect(jesse).toMatchObject({ kind: 'child', age: 14 });
    expect(parent.measures).toEqual([
      expect.objectContaining({
        memberId: jesse?.id,
        type: 'ots',
        endedOn: null,
        giOrganisationName: MEASURE_FAMILY.gi,
      }),
    ]);
    const [measure] = parent.measures;
    expect(measure.endsOn && measure.endsOn > new Date().toISOString().slice(0, 10)).toBe(true);
    const child: FamilyHome = (
      await (await login(MEASURE_FAMILY.childEmail)).get('/api/v1/me/family').expect(200)
    ).body;
    expect(child.measures.map((m) => m.id)).toEqual([measure.id]);
    // The court order, the accepted overdracht and the jeugdbeschermer of the GI that carries it out.
    const events = await query<{ type: string; measure_id: string | null; org: string }>(
      `SELECT e.type, e.data->>'measureId' AS measure_id, o.name AS org FROM chain_event e
         JOIN organisation o ON o.id = e.organisation_id WHERE e.case_id = $1 ORDER BY e.occurred_at, e.id`,
      [family.id],
    );
    const types = events.map((e) => e.type);
    expect(events.filter((e) => e.type === 'court_order').map((e) => e.measure_id)).toEqual([measure.id]);
    for (const type of [
      'investigation_finished',
      'petition_filed',
      'handover_accepted',
      'jeugdbeschermer_assigned',
    ])
      expect(types).toContain(type);
    expect(types.indexOf('investigation_finished')).toBeLessThan(types.indexOf('court_order'));
    expect(events.find((e) => e.type === 'jeugdbeschermer_assigned')?.org).toBe(MEASURE_FAMILY.gi);
    const [coordinator] = await query<{ org: string }>(
      `SELECT o.name AS org FROM coordinator_assignment a JOIN app_user u ON u.id = a.user_id
         JOIN organisation o ON o.id = u.organisation_id WHERE a.case_id = $1 AND a.ended_at IS NULL`,
      [family.id],
    );
    expect(coordinator.org).toBe(MEASURE_FAMILY.gi);
    expect(types.at(-1)).toBe('plan_published');
  });

  it('gives the Morsink family a published plan whose every goal has agreements and every agreement a goal', async () => {
    const parent: FamilyHome = (
      await (await login(MEASURE_FAMILY.parentEmail)).get('/api/v1/me/family').expect(200)
    ).body;
    const version = parent.version;
    expect(version).toMatchObject({ number: 1, regieMode: 'professional', documentsWithheld: false });
    const goals = version?.goals ?? [];
    expect(goals).toHaveLength(2);
    for (const goal of goals) expect(parent.agreements.some((a) => a.goalId === goal.id)).toBe(true);
    expect(parent.agreements).toHaveLength(3);
    expect(parent.agreements.every((a) => goals.some((g) => g.id === a.goalId))).toBe(true);
    expect(parent.agreements.filter((a) => a.dueSoon)).toHaveLength(1);
    expect(parent.agreements.filter((a) => a.overdue)).toHaveLength(0);
  });

  it('lets every demo account log in, professionals with the demo TOTP secret', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const res = await request(app.getHttpServer())
        .post('/api/v1/auth/login')
        .send({ email: account.email, password: DEMO_PASSWORD });
      expect([account.email, res.body.status]).toEqual([
        account.email,
        MFA_ROLES.includes(account.role) ? 'totp_required' : 'authenticated',
      ]);
      await login(account.email);
    }
  });

  it('puts the demo parent and the 14-year-old in one Enschede case coordinated by regievoerder.enschede', async () => {
    const parentCases: Page<CaseSummary> = (await (await login('ouder@tafel.example')).get('/api/v1/cases'))
      .body;
    expect(parentCases.total).toBe(1);
    const [theCase] = parentCases.items;
    expect(theCase.gemeente).toBe('Enschede');
    expect(theCase.coordinator?.displayName).toBe(
      DEMO_ACCOUNTS.find((a) => a.email === 'regievoerder.enschede@tafel.example')?.displayName,
    );
    const youth = await login('jongere@tafel.example');
    const detail: CaseDetail = (await youth.get(`/api/v1/cases/${theCase.id}`)).body;
    expect(detail.members.find((m) => m.firstName === 'Daan')?.age).toBe(14);
    expect(detail.members.some((m) => m.kind === 'parent' && m.addressConfidential)).toBe(true);
    const coordinator = await login('regievoerder.enschede@tafel.example');
    expect((await coordinator.get(`/api/v1/cases/${theCase.id}`)).status).toBe(200);
    const hengelo = await login('regievoerder.hengelo@tafel.example');
    expect((await hengelo.get(`/api/v1/cases/${theCase.id}`)).status).toBe(404);
  });

  it('gives the demo parent without custody the restricted view of the Bakker case and its tafel', async () => {
    const father = await login('vader@tafel.example');
    const cases: Page<CaseSummary> = (await father.get('/api/v1/cases')).body;
    expect(cases.items.map((c) => c.familyName)).toEqual(['Bakker']);
    const detail: CaseDetail = (await father.get(`/api/v1/cases/${cases.items[0].id}`)).body;
    expect(detail.members.find((m) => m.firstName === 'Daan')).toMatchObject({ age: null, restricted: true });
    expect((await father.get(`/api/v1/cases/${cases.items[0].id}/events`)).status).toBe(403);
    const [tafel]: TafelSummary[] = (await father.get('/api/v1/tafels')).body;
    const seen: TafelDetail = (await father.get(`/api/v1/tafels/${tafel.id}`)).body;
    expect(seen).toMatchObject({ documentsWithheld: true, request: { reason: null } });
  });

  it('keeps the chain history believable: no event in the future, every court order after its raadsonderzoek', async () => {
    const [future] = await query<{ n: number }>(
      'SELECT count(*)::int AS n FROM chain_event WHERE occurred_at > now()',
    );
    expect(future?.n).toBe(0);
    const orders = await query<{ case_id: string }>(
      "SELECT case_id FROM chain_event WHERE type = 'court_order'",
    );
    expect(orders.length).toBeGreaterThan(0);
    const withoutInvestigation = await query<{ case_id: string }>(
      `SELECT o.case_id FROM chain_event o WHERE o.type = 'court_order' AND NOT EXISTS (
         SELECT 1 FROM chain_event i WHERE i.case_id = o.case_id AND i.type = 'investigation_started'
            AND i.occurred_at <= o.occurred_at)`,
    );
    expect(withoutInvestigation).toEqual([]);
  });

  it('keeps the tafel of every tafel_held event, and every court order after its raadsonderzoek advice', async () => {
    const held = await query<{ tafel_id: string | null; status: string | null }>(
      `SELECT e.data->>'tafelId' AS tafel_id, t.status FROM chain_event e
         LEFT JOIN tafel t ON t.id::text = e.data->>'tafelId' WHERE e.type = 'tafel_held'`,
    );
    expect(held.length).toBeGreaterThan(50);
    expect(held.filter((h) => h.status === null)).toEqual([]);
    const ordersWithoutAdvice = await query<{ case_id: string }>(
      `SELECT o.case_id FROM chain_event o WHERE o.type = 'court_order' AND NOT EXISTS (
         SELECT 1 FROM chain_event f WHERE f.case_id = o.case_id AND f.type = 'investigation_finished'
            AND f.occurred_at <= o.occurred_at)`,
    );
    expect(ordersWithoutAdvice).toEqual([]);
  });

  it('keeps the tafel of every tafel_requested event, so a case page never says "no tafel" under "Tafel aangevraagd"', async () => {
    const requested = await query<{ case_id: string; tafel_id: string | null; status: string | null }>(
      `SELECT e.case_id, e.data->>'tafelId' AS tafel_id, t.status FROM chain_event e
         LEFT JOIN tafel t ON t.id::text = e.data->>'tafelId' AND t.case_id = e.case_id
        WHERE e.type = 'tafel_requested'`,
    );
    expect(requested.length).toBeGreaterThan(50);
    expect(requested.filter((r) => r.status === null)).toEqual([]);
    // Families waiting for their tafel: in toeleiding with a request that is not yet scheduled.
    const waiting = await query<{ n: string }>(
      `SELECT count(*) AS n FROM tafel t JOIN family_case c ON c.id = t.case_id
        WHERE t.status = 'requested' AND c.phase = 'toeleiding'`,
    );
    expect(Number(waiting[0].n)).toBeGreaterThan(5);
  });

  it('gives every held tafel its adopted verslag, as a real one: the decision in it, adopted when the chain says', async () => {
    const held = await query<{
      id: string;
      status: string;
      decision: string;
      written: string | null;
      dated: boolean;
    }>(
      `SELECT t.id, t.status, t.decision, v.body::jsonb->>'decision' AS written,
              v.adopted_at IS NOT NULL AND v.adopted_at = (SELECT e.occurred_at FROM chain_event e
                WHERE e.type = 'verslag_adopted' AND e.data->>'tafelId' = t.id::text) AS dated
         FROM tafel t LEFT JOIN verslag v ON v.tafel_id = t.id WHERE t.decided_at IS NOT NULL`,
    );
    expect(held.length).toBeGreaterThan(50);
    expect(
      held.filter((h) => h.status !== 'minutes_adopted' || h.written !== h.decision || !h.dated),
    ).toEqual([]);
    // The chair reads one as the verslag module shows it: adopted, hashed, with its norm.
    const [drang] = await query<{ id: string }>(
      `SELECT t.id FROM tafel t JOIN family_case c ON c.id = t.case_id
        WHERE c.phase = 'drang' AND t.decision = 'conditional' LIMIT 1`,
    );
    const chair = await login('voorzitter@tafel.example');
    const verslag: Verslag = (await chair.get(`/api/v1/tafels/${drang.id}/verslag`).expect(200)).body;
    expect(verslag).toMatchObject({ status: 'adopted', content: { decision: 'conditional' } });
    expect(verslag.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(verslag.dueBy).not.toBeNull();
  });

  it('dates every held tafel like a real one: a weekday between 08:00 and 18:00 in Amsterdam on a whole minute, decided after it began, nothing of it before', async () => {
    const held = await query<{
      id: string;
      local: string;
      weekday: number;
      seconds: number;
      requested_before: boolean;
      decided_after: boolean;
      events_before: number;
      adopted_after: boolean;
    }>(
      `SELECT t.id, to_char(t.starts_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD HH24:MI:SS.MS') AS local,
              extract(isodow FROM t.starts_at AT TIME ZONE 'Europe/Amsterdam')::int AS weekday,
              extract(second FROM t.starts_at)::float AS seconds,
              t.requested_at < t.starts_at AS requested_before,
              t.decided_at > t.starts_at AS decided_after,
              (SELECT count(*)::int FROM chain_event e WHERE e.data->>'tafelId' = t.id::text
                  AND e.type <> 'tafel_requested' AND e.occurred_at < t.starts_at) AS events_before,
              v.adopted_at > t.decided_at AS adopted_after
         FROM tafel t JOIN verslag v ON v.tafel_id = t.id WHERE t.decided_at IS NOT NULL`,
    );
    expect(held.length).toBeGreaterThan(50);
    const wrong = held.filter(
      (t) =>
        t.weekday > 5 ||
        t.local.slice(11) < '08:00:00.000' ||
        t.local.slice(11) > '18:00:00.000' ||
        t.seconds !== 0 ||
        !t.requested_before ||
        !t.decided_after ||
        t.events_before > 0 ||
        !t.adopted_after,
    );
    expect(wrong).toEqual([]);
    // The chair holds one tafel at a time.
    const doubleBooked = await query<{ starts_at: Date }>(
      `SELECT starts_at FROM tafel WHERE decided_at IS NOT NULL GROUP BY decided_by_id, starts_at HAVING count(*) > 1`,
    );
    expect(doubleBooked).toEqual([]);
  });

  it("attributes each milestone to the organisation that records it (a court order is never a wijkteam's)", async () => {
    const rows = await query<{ type: string; org_type: string }>(
      `SELECT DISTINCT e.type, o.type AS org_type FROM chain_event e JOIN organisation o ON o.id = e.organisation_id
        WHERE e.type IN ('melding_received', 'safety_assessment_done', 'investigation_started', 'court_order',
                         'jeugdbeschermer_assigned', 'plan_van_aanpak_ready', 'help_started')`,
    );
    const owners: Record<string, string[]> = {
      melding_received: ['veilig_thuis'],
      safety_assessment_done: ['veilig_thuis'],
      investigation_started: ['raad'],
      court_order: ['raad', 'gi'],
      jeugdbeschermer_assigned: ['gi'],
      plan_van_aanpak_ready: ['gi'],
      help_started: ['gi'],
    };
    expect(rows.filter((r) => !owners[r.type]?.includes(r.org_type))).toEqual([]);
    expect(new Set(rows.map((r) => r.type)).size).toBe(Object.keys(owners).length);
  });

  it('keeps the norms mostly and breaks them sometimes (the RvdK start ≤ 10 days after the VTO)', async () => {
    const [{ kept, broken }] = await query<{ kept: number; broken: number }>(
      `SELECT count(*) FILTER (WHERE s.occurred_at - v.occurred_at <= interval '10 days')::int AS kept,
              count(*) FILTER (WHERE s.occurred_at - v.occurred_at > interval '10 days')::int AS broken
         FROM chain_event v JOIN chain_event s ON s.case_id = v.case_id AND s.type = 'investigation_started'
        WHERE v.type = 'vto_sent'`,
    );
    expect(kept).toBeGreaterThan(broken);
    expect(broken).toBeGreaterThan(0);
  });

  it('gives each GI a few jeugdbeschermers with accounts, and drang families a deadline still ahead', async () => {
    const perGi = await query<{ name: string; n: number }>(
      `SELECT o.name, count(u.id)::int AS n FROM organisation o JOIN app_user u ON u.organisation_id = o.id
        WHERE o.type = 'gi' GROUP BY o.name`,
    );
    expect(perGi).toHaveLength(3);
    expect(perGi.every((g) => g.n >= 2)).toBe(true);
    const drang = await query<{ deadline: string | null }>(
      `SELECT max(t.conditions_deadline)::text AS deadline FROM family_case c
         LEFT JOIN tafel t ON t.case_id = c.id AND t.decision = 'conditional'
        WHERE c.phase = 'drang' GROUP BY c.id`,
    );
    expect(drang.length).toBeGreaterThan(0);
    const today = new Date().toISOString().slice(0, 10);
    expect(drang.filter((d) => d.deadline === null || d.deadline < today)).toEqual([]);
  });

  it('sends an overdracht for every handover_to_gi decision; GIs accept most and return some, afschaling goes back to the wijkteam', async () => {
    const withoutHandover = await query<{ case_id: string }>(
      `SELECT d.case_id FROM chain_event d WHERE d.type = 'decision_recorded' AND d.data->>'decision' = 'handover_to_gi'
          AND NOT EXISTS (SELECT 1 FROM handover h WHERE h.case_id = d.case_id AND h.sent_at = d.occurred_at)`,
    );
    expect(withoutHandover).toEqual([]);
    const byKind = await query<{ to_type: string; status: string; n: number }>(
      `SELECT o.type AS to_type, h.status, count(*)::int AS n FROM handover h
         JOIN organisation o ON o.id = h.to_organisation_id GROUP BY o.type, h.status`,
    );
    const count = (toType: string, status: string) =>
      byKind.find((r) => r.to_type === toType && r.status === status)?.n ?? 0;
    expect(count('gi', 'accepted')).toBeGreaterThan(10);
    expect(count('gi', 'returned')).toBeGreaterThan(0);
    expect(count('gi', 'accepted')).toBeGreaterThan(count('gi', 'returned'));
    expect(count('gi', 'sent')).toBe(1); // the Mulder family's, reserved for the browser test
    expect(count('wijkteam', 'accepted')).toBeGreaterThan(0);
    // Each hand-over is its typed events: sent, then accepted or returned later (the ketenwacht).
    const [mismatch] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM handover h WHERE
          NOT EXISTS (SELECT 1 FROM chain_event e WHERE e.type = 'handover_sent'
                        AND e.data->>'handoverId' = h.id::text AND e.occurred_at = h.sent_at)
          OR (h.status <> 'sent' AND (h.decided_at <= h.sent_at OR NOT EXISTS (
                SELECT 1 FROM chain_event e WHERE e.type = 'handover_' || h.status
                   AND e.data->>'handoverId' = h.id::text AND e.occurred_at = h.decided_at)))`,
    );
    expect(mismatch.n).toBe(0);
  });

  it('keeps one active coordinator per family, of the organisation that last accepted it', async () => {
    const [{ n: notOne }] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM family_case c WHERE (SELECT count(*) FROM coordinator_assignment a
          WHERE a.case_id = c.id AND a.ended_at IS NULL) <> 1`,
    );
    expect(notOne).toBe(0);
    const misplaced = await query<{ case_id: string }>(
      `SELECT h.case_id FROM handover h
         JOIN coordinator_assignment a ON a.case_id = h.case_id AND a.ended_at IS NULL
         JOIN app_user u ON u.id = a.user_id
        WHERE h.status = 'accepted' AND u.organisation_id <> h.to_organisation_id
          AND h.decided_at = (SELECT max(l.decided_at) FROM handover l WHERE l.case_id = h.case_id AND l.status = 'accepted')`,
    );
    expect(misplaced).toEqual([]);
    // A GI's jeugdbeschermer holds regie of the families in a measure.
    const [{ gi, total }] = await query<{ gi: number; total: number }>(
      `SELECT count(*) FILTER (WHERE o.type = 'gi')::int AS gi, count(*)::int AS total FROM family_case c
         JOIN coordinator_assignment a ON a.case_id = c.id AND a.ended_at IS NULL
         JOIN app_user u ON u.id = a.user_id JOIN organisation o ON o.id = u.organisation_id
        WHERE c.phase = 'measure'`,
    );
    expect(total).toBeGreaterThan(0);
    expect(gi).toBe(total);
  });

  it('gives every court order its measure, running measures an end ahead (extended by the court) and the jeugdbeschermer an afschaling signal', async () => {
    const [orders] = await query<{ without: number; total: number }>(
      `SELECT count(*) FILTER (WHERE m.id IS NULL)::int AS without, count(*)::int AS total
         FROM chain_event e LEFT JOIN measure m ON m.id::text = e.data->>'measureId' WHERE e.type = 'court_order'`,
    );
    expect(orders.total).toBeGreaterThan(0);
    expect(orders.without).toBe(0);
    const [running] = await query<{ lapsed: number; extended: number }>(
      `SELECT count(*) FILTER (WHERE ends_on < current_date)::int AS lapsed,
              count(*) FILTER (WHERE jsonb_array_length(extensions) > 0)::int AS extended
         FROM measure WHERE ended_on IS NULL`,
    );
    expect(running.lapsed).toBe(0);
    expect(running.extended).toBeGreaterThan(0);
    const [{ n: extensionsWithoutTafel }] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM chain_event x WHERE x.type = 'measure_extended' AND NOT EXISTS (
          SELECT 1 FROM chain_event d WHERE d.case_id = x.case_id AND d.type = 'decision_recorded'
             AND d.data->>'decision' = 'request_extension' AND d.occurred_at < x.occurred_at)`,
    );
    expect(extensionsWithoutTafel).toBe(0);
    const [soon] = await query<{ email: string; case_id: string }>(
      `SELECT u.email, m.case_id FROM measure m
         JOIN coordinator_assignment a ON a.case_id = m.case_id AND a.ended_at IS NULL
         JOIN app_user u ON u.id = a.user_id
        WHERE m.ended_on IS NULL AND m.ends_on <= current_date + interval '3 months'
        ORDER BY m.ends_on LIMIT 1`,
    );
    expect(soon).toBeDefined();
    const dashboard: Dashboard = (await (await login(soon.email)).get('/api/v1/dashboard').expect(200)).body;
    expect(dashboard.items).toContainEqual(
      expect.objectContaining({ kind: 'measure_ending', caseId: soon.case_id }),
    );
  });

  it('shows Veilig Thuis and the RvdK, on their dashboards, the norms they must keep (a VTO waiting for its raadsonderzoek)', async () => {
    const [waiting] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM chain_event v JOIN family_case c ON c.id = v.case_id AND c.phase = 'toeleiding'
        WHERE v.type = 'vto_sent' AND NOT EXISTS (SELECT 1 FROM chain_event s WHERE s.case_id = v.case_id
          AND s.type = 'investigation_started' AND s.occurred_at >= v.occurred_at)`,
    );
    expect(waiting.n).toBeGreaterThan(0);
    const labels = async (email: string) =>
      ((await (await login(email)).get('/api/v1/dashboard').expect(200)).body as Dashboard).items
        .filter((i) => i.kind === 'norm_broken' || i.kind === 'norm_due')
        .map((i) => i.label);
    expect(await labels('raad@tafel.example')).toContainEqual(
      expect.stringContaining('Raadsonderzoek gestart'),
    );
    expect(await labels('vtt@tafel.example')).toContainEqual(
      expect.stringContaining('Veiligheidsbeoordeling'),
    );
    // Veilig Thuis's own investigations: most finished within 10 weeks, some later.
    const [vtt] = await query<{ kept: number; late: number }>(
      `SELECT count(*) FILTER (WHERE f.occurred_at - s.occurred_at <= interval '70 days')::int AS kept,
              count(*) FILTER (WHERE f.occurred_at - s.occurred_at > interval '70 days')::int AS late
         FROM chain_event s JOIN chain_event f ON f.case_id = s.case_id AND f.type = 'vtt_investigation_finished'
        WHERE s.type = 'vtt_investigation_started'`,
    );
    expect(vtt.kept).toBeGreaterThan(0);
    expect(vtt.late).toBeGreaterThan(0);
  });

  it('lets a GI worker see only the families whose measure their own GI carries out (need-to-know)', async () => {
    const foreign = await query<{ email: string }>(
      `SELECT DISTINCT u.email FROM case_professional p JOIN app_user u ON u.id = p.user_id
         JOIN organisation o ON o.id = u.organisation_id AND o.type = 'gi'
         JOIN measure m ON m.case_id = p.case_id
        WHERE p.removed_at IS NULL AND m.gi_organisation_id <> u.organisation_id`,
    );
    expect(foreign).toEqual([]);
  });

  it('reserves the Mulder family for the chain browser test: its overdracht waits for the GI', async () => {
    const rows = await query<{ status: string; to_name: string }>(
      `SELECT h.status, o.name AS to_name FROM handover h JOIN family_case c ON c.id = h.case_id
         JOIN organisation o ON o.id = h.to_organisation_id WHERE c.family_name = 'Mulder' AND c.gemeente = 'Almelo'`,
    );
    expect(rows).toEqual([{ status: 'sent', to_name: 'Jeugdbescherming Overijssel' }]);
    const gi = await login('gi@tafel.example');
    const incoming: { caseNumber: string }[] = (await gi.get('/api/v1/handovers/incoming').expect(200)).body;
    expect(incoming).toHaveLength(1);
    expect(incoming[0]?.caseNumber).toMatch(/^TW-/);
  });
});
