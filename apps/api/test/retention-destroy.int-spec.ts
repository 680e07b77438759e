import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Transactions } from '../src/common/events/unit-of-work';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/app-config';
import { verifyAccessLog } from '../src/modules/audit/access-log.verify';
import { CaseAccessService } from '../src/modules/cases/case-access.service';
import { CasesApi } from '../src/modules/cases/cases.api';
import { MonitorProjectionService } from '../src/modules/monitor/monitor-projection.service';
import { seedDemoDataOnce } from '../src/database/seed/demo-seed';
import { ScratchDatabase, createScratchDatabase, testAdminUrl } from '@tafel/api/testing';
import { TEST_PASSWORD, makeUser } from './support/factories';
import { loginAs } from './support/test-app';

/**
 * Tables that keep naming a destroyed case by id, on purpose: the NEN 7513 access log (append-only,
 * hash-chained), the chain events without their free text and the ketenmonitor's rows derived from
 * them (so past figures do not change), and the tombstone. Every other table goes — a future table
 * with a case_id, tafel_id or member_id column included.
 */
const KEPT = ['access_log', 'chain_event', 'monitor_span', 'monitor_pending_case', 'destroyed_case'];
/** Through which column a table names a case's rows, and which ids of the case it matches. */
const LINKS = ['case_id', 'tafel_id', 'member_id'] as const;
type Ids = Record<(typeof LINKS)[number], string[]>;

/** Destroying a rich demo family (tafels, verslagen, plan, measures, accounts) on a database of its own. */
describe('destroying a case past its retention term', () => {
  let db: ScratchDatabase;
  let app: INestApplication;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createScratchDatabase(testAdminUrl());
    app = await createApp(loadConfig({ NODE_ENV: 'test', WEB_ROOT: '', JOB_POLL_MS: '0' }), db.url);
    await app.init();
    ds = app.get(DataSource);
    await seedDemoDataOnce(app);
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  /** Each table with a link column: by which column it names a case's rows. */
  const linkedTables = async () =>
    ds.query<{ table: string; column: (typeof LINKS)[number] }[]>(
      `SELECT DISTINCT ON (c.table_name) c.table_name AS table, c.column_name AS column
         FROM information_schema.columns c JOIN information_schema.tables t
           ON t.table_name = c.table_name AND t.table_schema = c.table_schema AND t.table_type = 'BASE TABLE'
        WHERE c.table_schema = 'public' AND c.column_name = ANY($1) AND NOT c.table_name = ANY($2)
        ORDER BY c.table_name, array_position($1, c.column_name::text)`,
      [[...LINKS], KEPT],
    );
  /** Per table: the rows of this case, and all the others. */
  const census = async (ids: Ids) => {
    const counts: Record<string, { mine: number; others: number }> = {};
    for (const { table, column } of await linkedTables()) {
      const [row] = await ds.query(
        `SELECT count(*) FILTER (WHERE "${column}" = ANY($1))::int AS mine,
                count(*) FILTER (WHERE "${column}" IS NULL OR NOT "${column}" = ANY($1))::int AS others
           FROM "${table}"`,
        [ids[column]],
      );
      counts[table] = row;
    }
    return counts;
  };
  /** The demo family with rows in the most tables. */
  const richestCase = async (): Promise<string> => {
    const tables = new Map<string, number>();
    const owner = {
      case_id: 'x.case_id',
      tafel_id: '(SELECT t.case_id FROM tafel t WHERE t.id = x.tafel_id)',
      member_id: '(SELECT m.case_id FROM case_member m WHERE m.id = x.member_id)',
    };
    for (const { table, column } of await linkedTables()) {
      const rows = await ds.query(`SELECT DISTINCT ${owner[column]} AS id FROM "${table}" x`);
      for (const { id } of rows as { id: string | null }[]) if (id) tables.set(id, (tables.get(id) ?? 0) + 1);
    }
    return [...tables.entries()].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
  };
  const idsOf = async (caseId: string): Promise<Ids> => ({
    case_id: [caseId],
    tafel_id: (await ds.query('SELECT id FROM tafel WHERE case_id = $1', [caseId])).map(
      (r: { id: string }) => r.id,
    ),
    member_id: (await ds.query('SELECT id FROM case_member WHERE case_id = $1', [caseId])).map(
      (r: { id: string }) => r.id,
    ),
  });
  const rebuild = () => ds.transaction((manager) => app.get(MonitorProjectionService).rebuild(manager));
  const monitorFigures = async () =>
    JSON.stringify([
      await ds.query('SELECT to_jsonb(m)::text AS r FROM monitor_count m ORDER BY r'),
      await ds.query('SELECT to_jsonb(m)::text AS r FROM monitor_span_month m ORDER BY r'),
    ]);

  it('removes every row of the case and nothing of another; keeps the log, the events and the figures', async () => {
    const caseId = await richestCase();
    const [theCase] = await ds.query(
      'SELECT case_number, family_name, phase FROM family_case WHERE id = $1',
      [caseId],
    );
    const cases = app.get(CasesApi);
    const coordinatorId = (await cases.activeCoordinatorId(ds.manager, caseId)) as string;
    if (theCase.phase !== 'closed')
      await app.get(Transactions).run((uow) => cases.movePhase(uow, caseId, 'closed', coordinatorId));
    await ds.query(
      `UPDATE family_case SET closed_on = current_date - interval '21 years', retain_until = current_date - 1
        WHERE id = $1`,
      [caseId],
    );
    // What the thin demo history may lack, and no foreign key would catch when left behind: a measure, an
    // overdracht and a booking; and a person of the case at its tafel, whose row must go before the person's.
    const [child] = await ds.query('SELECT id FROM case_member WHERE case_id = $1 LIMIT 1', [caseId]);
    const [organisation] = await ds.query('SELECT id FROM organisation LIMIT 1');
    const [tafel] = await ds.query('SELECT id FROM tafel WHERE case_id = $1 LIMIT 1', [caseId]);
    await ds.query(
      `INSERT INTO measure (case_id, member_id, type, court_date, starts_on) VALUES ($1, $2, 'ots', '2020-01-06', '2020-01-06')`,
      [caseId, child.id],
    );
    await ds.query(
      `INSERT INTO handover (case_id, to_organisation_id, status, sent_at, sent_by_id) VALUES ($1, $2, 'accepted', now(), $3)`,
      [caseId, organisation.id, coordinatorId],
    );
    await ds.query(
      `INSERT INTO tafel_participant (tafel_id, role, member_id)
         SELECT $1, 'parent', m.id FROM case_member m
          WHERE m.case_id = $2 AND m.kind = 'parent'
            AND NOT EXISTS (SELECT 1 FROM tafel_participant p JOIN tafel t ON t.id = p.tafel_id WHERE t.case_id = $2)
          LIMIT 1`,
      [tafel.id, caseId],
    );
    await ds.query(
      `INSERT INTO booking (user_id, tafel_id, starts_at, ends_at) VALUES ($1, $2, '2099-01-05T09:00Z', '2099-01-05T10:00Z')`,
      [coordinatorId, tafel.id],
    );
    const ids = await idsOf(caseId);
    const accounts = (
      await ds.query('SELECT user_id FROM case_member WHERE case_id = $1 AND user_id IS NOT NULL', [caseId])
    ).map((r: { user_id: string }) => r.user_id);
    const before = await census(ids);
    const filled = Object.keys(before).filter((table) => before[table].mine > 0);
    expect(filled).toEqual(
      expect.arrayContaining([
        'case_member',
        'tafel',
        'tafel_participant',
        'plan',
        'plan_version',
        'coordinator_assignment',
        'measure',
        'handover',
        'booking',
      ]),
    );
    // The coordinator read the family once (the seed writes no access log): that row must stay.
    const [coordinator] = await ds.query('SELECT id, role, organisation_id FROM app_user WHERE id = $1', [
      coordinatorId,
    ]);
    await app.get(CaseAccessService).requireAccess(
      {
        id: coordinator.id,
        role: coordinator.role,
        organisationId: coordinator.organisation_id,
        sessionId: 'test',
        stage: 'full',
        accessPoint: 'test',
      },
      caseId,
      'case.read',
    );
    // Outside a destruction the append-only tables stay closed, also for this case's rows.
    const appendOnly: [string, string, unknown[]][] = [
      ['plan_version', 'DELETE FROM plan_version WHERE case_id = $1', [caseId]],
      ['plan_answer', 'DELETE FROM plan_answer WHERE case_id = $1', [caseId]],
      ['verslag', 'DELETE FROM verslag WHERE tafel_id = ANY($1)', [ids.tafel_id]],
      ['verslag_reply', 'DELETE FROM verslag_reply WHERE tafel_id = ANY($1)', [ids.tafel_id]],
      ['chain_event', `UPDATE chain_event SET data = '{}' WHERE case_id = $1`, [caseId]],
      ['access_log', 'DELETE FROM access_log WHERE case_id = $1', [caseId]],
    ];
    expect(filled).toContain('plan_version');
    for (const [table, sql, params] of appendOnly)
      if (filled.includes(table) || table === 'chain_event' || table === 'access_log')
        await expect(ds.query(sql, params)).rejects.toThrow(/append-only/);
    const events = await ds.query('SELECT id, type FROM chain_event WHERE case_id = $1 ORDER BY id', [
      caseId,
    ]);
    const log = await ds.query('SELECT * FROM access_log WHERE case_id = $1 ORDER BY id', [caseId]);
    expect(log.length).toBeGreaterThan(0);
    // The figures as `monitor:rebuild` gives them (no span of the seed still on its way).
    await rebuild();
    const figures = await monitorFigures();

    const adminUser = await makeUser(ds, 'admin');
    const admin = await loginAs(app, adminUser.email, TEST_PASSWORD);
    const listed = await admin.get('/api/v1/admin/retention').expect(200);
    expect(listed.body.map((c: { id: string }) => c.id)).toEqual([caseId]);
    const res = await admin
      .post('/api/v1/admin/retention/destroy')
      .send({ caseIds: [caseId], reason: 'Bewaartermijn verstreken, kwartaalronde.' });
    expect([res.status, res.body]).toEqual([200, { destroyed: 1 }]);

    const after = await census(ids);
    for (const table of Object.keys(before)) {
      expect([table, after[table].mine]).toEqual([table, 0]);
      expect([table, after[table].others]).toEqual([table, before[table].others]);
    }
    const [{ remaining }] = await ds.query(
      'SELECT count(*)::int AS remaining FROM app_user WHERE id = ANY($1)',
      [accounts],
    );
    expect(remaining).toBe(0);

    // The chain events stay, without their free text; the ketenmonitor's figures do not move.
    expect(
      await ds.query('SELECT id, type FROM chain_event WHERE case_id = $1 ORDER BY id', [caseId]),
    ).toEqual(events);
    const [{ texts }] = await ds.query(
      `SELECT count(*)::int AS texts FROM chain_event WHERE case_id = $1 AND jsonb_typeof(data->'reason') = 'string'
          AND NOT (type = 'measure_ended' AND data->>'reason' IN ('afschaling', 'end_of_measure', 'age_18', 'moved', 'other'))`,
      [caseId],
    );
    expect(texts).toBe(0);
    expect(await monitorFigures()).toBe(figures);
    await rebuild();
    expect(await monitorFigures()).toBe(figures);

    // The access log keeps every row, adds the list read (R) and the destruction (D), and its hash
    // chain still verifies.
    const logAfter = await ds.query('SELECT * FROM access_log WHERE case_id = $1 ORDER BY id', [caseId]);
    expect(logAfter.slice(0, log.length)).toEqual(log);
    expect(logAfter.slice(log.length)).toEqual([
      expect.objectContaining({
        event: 'case.retention.list',
        action: 'R',
        user_id: adminUser.id,
        relationship: 'archive',
        authorised: true,
        emergency: false,
      }),
      expect.objectContaining({
        event: 'case.destroy',
        action: 'D',
        user_id: adminUser.id,
        relationship: 'archive',
        authorised: true,
        emergency: false,
      }),
    ]);
    expect((await verifyAccessLog(ds)).break).toBeNull();

    const [tombstone] = await ds.query('SELECT * FROM destroyed_case WHERE case_id = $1', [caseId]);
    expect(tombstone).toMatchObject({
      case_number: theCase.case_number,
      destroyed_by_id: adminUser.id,
      reason: 'Bewaartermijn verstreken, kwartaalronde.',
    });
    expect(JSON.stringify(tombstone)).not.toContain(theCase.family_name);
    expect((await admin.get('/api/v1/admin/retention').expect(200)).body).toEqual([]);
    expect(await ds.query('SELECT id FROM family_case WHERE id = $1', [caseId])).toEqual([]);
    await expect(ds.query('DELETE FROM destroyed_case WHERE case_id = $1', [caseId])).rejects.toThrow(
      /append-only/,
    );
  }, 120_000);
});
