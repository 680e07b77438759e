import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { verifyAccessLog } from '../src/modules/audit/access-log.verify';
import { TEST_PASSWORD, addMember, makeCase, makeUser } from './support/factories';
import { TestApp, createTestApp, loginAs } from './support/test-app';

const run = promisify(execFile);
const ROOT = join(__dirname, '../../..');

describe('the NEN 7513 access log', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const rowsFor = (caseId: string) =>
    t.dataSource.query(
      `SELECT event, action, user_id, role, organisation_id, access_point, authorised, relationship, emergency,
              occurred_at, hash, prev_hash
         FROM access_log WHERE case_id = $1 ORDER BY id`,
      [caseId],
    );

  it('writes one row per read and write of client data, granted or refused', async () => {
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const outsider = await makeUser(t.dataSource, 'professional');
    const theCase = await makeCase(t.dataSource, coordinator);
    const agent = await loginAs(t.app, coordinator.email, TEST_PASSWORD);
    await agent.get(`/api/v1/cases/${theCase.id}`).set('User-Agent', 'tafel-test').expect(200);
    await agent.patch(`/api/v1/cases/${theCase.id}`).send({ phase: 'toeleiding' }).expect(200);
    await (await loginAs(t.app, outsider.email, TEST_PASSWORD))
      .get(`/api/v1/cases/${theCase.id}`)
      .expect(404);

    const rows = await rowsFor(theCase.id);
    expect(rows.map((r: { event: string; action: string }) => `${r.event}:${r.action}`)).toEqual([
      'case.read:R',
      'case.update:U',
      'case.read:R',
    ]);
    expect(rows[0]).toMatchObject({
      user_id: coordinator.id,
      role: 'coordinator',
      organisation_id: coordinator.organisationId,
      authorised: true,
      relationship: 'coordinator',
      emergency: false,
    });
    expect(rows[0].access_point).toMatch(/ip=.+; ua=tafel-test/);
    expect(new Date(rows[0].occurred_at).getMilliseconds()).toBe(0);
    expect(rows[2]).toMatchObject({ user_id: outsider.id, authorised: false, relationship: 'none' });
  });

  it('logs every case in a list a professional reads, and the own case a parent opens', async () => {
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const parent = await makeUser(t.dataSource, 'parent');
    const a = await makeCase(t.dataSource, coordinator);
    const b = await makeCase(t.dataSource, coordinator);
    await addMember(t.dataSource, a.id, 'parent', parent);
    await (await loginAs(t.app, coordinator.email, TEST_PASSWORD)).get('/api/v1/cases').expect(200);
    await (await loginAs(t.app, parent.email, TEST_PASSWORD)).get(`/api/v1/cases/${a.id}`).expect(200);
    expect((await rowsFor(b.id)).map((r: { event: string }) => r.event)).toEqual(['case.list']);
    expect((await rowsFor(a.id)).map((r: { relationship: string }) => r.relationship)).toEqual([
      'listed',
      'own_case',
    ]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE, also through plain SQL', async () => {
    await expect(t.dataSource.query(`UPDATE access_log SET event = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM access_log')).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('TRUNCATE access_log')).rejects.toThrow(/append-only/);
  });

  it('chains the rows so that verification finds a row altered by a superuser', async () => {
    const before = await verifyAccessLog(t.dataSource);
    expect(before.break).toBeNull();
    expect(before.rows).toBeGreaterThan(3);

    const env = { ...process.env, DATABASE_URL: process.env['TAFEL_TEST_DATABASE_URL'] };
    const ok = await run('npm', ['run', '-s', 'audit:verify'], { cwd: ROOT, env });
    expect(ok.stdout).toMatch(/chain intact/);

    const [{ id }] = await t.dataSource.query('SELECT id::text FROM access_log ORDER BY id LIMIT 1 OFFSET 2');
    await t.dataSource.transaction(async (m) => {
      await m.query('SET LOCAL session_replication_role = replica');
      await m.query(`UPDATE access_log SET event = 'case.list' WHERE id = $1`, [id]);
    });
    const after = await verifyAccessLog(t.dataSource);
    expect(after.break?.id).toBe(id);
    const broken = await run('npm', ['run', '-s', 'audit:verify'], { cwd: ROOT, env }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect((broken as { code: number }).code).toBe(1);
    expect((broken as { stderr: string }).stderr).toContain(`BROKEN at row ${id}`);
  });
});
