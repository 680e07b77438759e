import { randomBytes } from 'node:crypto';
import { ScratchDatabase, createMigratedDatabase } from '@tafel/api/testing';
import { AUTH_HOUSEKEEPING, AuthHousekeepingService } from '../src/modules/auth/auth-housekeeping.service';
import { JOBS_HOUSEKEEPING, JobsHousekeepingService } from '../src/modules/jobs/jobs-housekeeping.service';
import { JobsService } from '../src/modules/jobs/jobs.service';
import { makeUser } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';

const DAY = 24 * 3600_000;
const HOUR = 3600_000;

/**
 * Storage limitation for the operational rows: the daily housekeeping of the auth module (failed
 * logins, ended sessions, used recovery codes: 90 days) and of the jobs module (done and cancelled
 * jobs: 30 days, failed ones: 90) deletes the old rows only, a batch at a time, and never a job still
 * to run, nor a row of the access log.
 */
describe('housekeeping of operational rows', () => {
  let db: ScratchDatabase;
  let t: TestApp;
  let now: Date;
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const tag = () => randomBytes(4).toString('hex');

  beforeAll(async () => {
    // A database of its own: the housekeeping deletes every old row, whichever file wrote it.
    db = await createMigratedDatabase();
    t = await createTestApp({}, db.url);
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });
  beforeEach(() => {
    now = new Date();
  });

  const attempt = async (key: string, occurredAt: Date) =>
    t.dataSource.query(`INSERT INTO login_attempt (key, occurred_at) VALUES ($1, $2)`, [key, occurredAt]);
  const attemptsOf = async (prefix: string): Promise<string[]> =>
    (
      await t.dataSource.query<{ key: string }[]>(
        `SELECT key FROM login_attempt WHERE key LIKE $1 ORDER BY key`,
        [`${prefix}%`],
      )
    ).map((r) => r.key);

  it('deletes failed login attempts older than 90 days, a batch at a time, and keeps the recent ones', async () => {
    const p = `ip:hk-${tag()}-`;
    for (const days of [91, 120, 200, 365, 1000]) await attempt(`${p}old-${days}`, ago(days * DAY));
    await attempt(`${p}recent-89d`, ago(89 * DAY));
    await attempt(`${p}recent-1h`, ago(HOUR));

    // Batches of two: five old rows take three statements.
    const result = await t.app.get(AuthHousekeepingService).run(now, 2);

    expect(await attemptsOf(p)).toEqual([`${p}recent-1h`, `${p}recent-89d`]);
    expect(result.loginAttempts).toBe(5);
  });

  it('deletes sessions that ended more than 90 days ago; open and recently ended sessions stay', async () => {
    const user = await makeUser(t.dataSource, 'coordinator');
    const session = async (name: string, expiresAt: Date, revokedAt: Date | null = null) =>
      t.dataSource.query(
        `INSERT INTO session (token_hash, user_id, created_at, last_seen_at, expires_at, revoked_at, ip, user_agent)
         VALUES ($1, $2, $3, $3, $4, $5, '192.0.2.1', $6)`,
        [
          randomBytes(32).toString('hex'),
          user.id,
          new Date(expiresAt.getTime() - 8 * HOUR),
          expiresAt,
          revokedAt,
          name,
        ],
      );
    await session('expired-91d', ago(91 * DAY));
    await session('logged-out-120d', ago(120 * DAY - 7 * HOUR), ago(120 * DAY));
    // Deactivation revokes every session, also one that had long expired.
    await session('expired-200d-revoked-later', ago(200 * DAY), ago(5 * DAY));
    await session('expired-10d', ago(10 * DAY), ago(10 * DAY));
    await session('logged-out-1h', new Date(now.getTime() + 7 * HOUR), ago(HOUR));
    await session('open', new Date(now.getTime() + 7 * HOUR));

    await t.app.get(AuthHousekeepingService).run(now, 2);

    const left = await t.dataSource.query<{ user_agent: string }[]>(
      `SELECT user_agent FROM session WHERE user_id = $1 ORDER BY user_agent`,
      [user.id],
    );
    expect(left.map((s) => s.user_agent)).toEqual(['expired-10d', 'logged-out-1h', 'open']);
  });

  it('deletes recovery codes used more than 90 days ago; unused and recently used codes stay', async () => {
    const user = await makeUser(t.dataSource, 'professional');
    const code = (name: string, usedAt: Date | null) =>
      t.dataSource.query(`INSERT INTO recovery_code (user_id, code_hash, used_at) VALUES ($1, $2, $3)`, [
        user.id,
        name.padEnd(64, '0'),
        usedAt,
      ]);
    await code('used91d', ago(91 * DAY));
    await code('used400d', ago(400 * DAY));
    await code('used1d', ago(DAY));
    await code('unused', null);

    await t.app.get(AuthHousekeepingService).run(now, 2);

    const left = await t.dataSource.query<{ code: string }[]>(
      `SELECT rtrim(code_hash, '0') AS code FROM recovery_code WHERE user_id = $1 ORDER BY 1`,
      [user.id],
    );
    expect(left.map((c) => c.code)).toEqual(['unused', 'used1d']);
  });

  it('deletes done and cancelled jobs after 30 days and failed ones after 90; a pending or running job survives', async () => {
    const kind = `test.hk.${tag()}`;
    const job = (name: string, status: string, runAt: Date) =>
      t.dataSource.query(
        `INSERT INTO job (kind, run_at, payload, status, attempts, last_error) VALUES ($1, $2, $3, $4, 1, $5)`,
        [kind, runAt, { name }, status, status === 'failed' ? 'the mail server is down' : null],
      );
    for (const days of [31, 45, 60]) await job(`done-${days}d`, 'done', ago(days * DAY));
    await job('cancelled-31d', 'cancelled', ago(31 * DAY));
    await job('done-29d', 'done', ago(29 * DAY));
    await job('cancelled-in-a-year', 'cancelled', new Date(now.getTime() + 365 * DAY));
    await job('failed-91d', 'failed', ago(91 * DAY));
    await job('failed-31d', 'failed', ago(31 * DAY));
    // Overdue, but still to run (a poller that was down for a year), and one claimed long ago.
    await job('pending-400d', 'pending', ago(400 * DAY));
    await job('running-400d', 'running', ago(400 * DAY));
    await job('pending-tomorrow', 'pending', new Date(now.getTime() + DAY));

    const result = await t.app.get(JobsHousekeepingService).run(now, 2);

    const left = await t.dataSource.query<{ name: string }[]>(
      `SELECT payload->>'name' AS name FROM job WHERE kind = $1 ORDER BY 1`,
      [kind],
    );
    expect(left.map((j) => j.name)).toEqual([
      'cancelled-in-a-year',
      'done-29d',
      'failed-31d',
      'pending-400d',
      'pending-tomorrow',
      'running-400d',
    ]);
    expect(result).toEqual({ finished: 4, failed: 1 });
    // Nobody else's job to run later in this file.
    await t.dataSource.query(`DELETE FROM job WHERE kind = $1`, [kind]);
  });

  it('runs every day as recurring jobs of the runner, and leaves the access log alone', async () => {
    const jobs = t.app.get(JobsService);
    const key = `ip:hk-${tag()}`;
    await attempt(key, ago(100 * DAY));
    const doneKind = `test.hk.${tag()}`;
    await t.dataSource.query(
      `INSERT INTO job (kind, run_at, payload, status) VALUES ($1, $2, '{}', 'done')`,
      [doneKind, ago(40 * DAY)],
    );
    const user = await makeUser(t.dataSource, 'coordinator');
    // NEN 7513: kept at least five years, hash-chained; no housekeeping deletes a row of it.
    await t.dataSource.query(
      `INSERT INTO access_log (occurred_at, event, action, user_id, role, organisation_id, authorised, relationship)
       VALUES ($1, 'case.read', 'R', $2, 'coordinator', $3, true, 'coordinator')`,
      [ago(400 * DAY), user.id, user.organisationId],
    );
    const accessLogRows = async () =>
      Number((await t.dataSource.query(`SELECT count(*) AS n FROM access_log`))[0].n);
    const before = await accessLogRows();

    // The start scheduled each recurring job once, due now.
    await jobs.runDue(now);

    expect(await attemptsOf(key)).toEqual([]);
    expect(await t.dataSource.query(`SELECT 1 FROM job WHERE kind = $1`, [doneKind])).toEqual([]);
    expect(await accessLogRows()).toBe(before);
    const next = await t.dataSource.query<{ kind: string; run_at: Date }[]>(
      `SELECT kind, run_at FROM job WHERE kind = ANY($1) AND status = 'pending' ORDER BY kind`,
      [[AUTH_HOUSEKEEPING, JOBS_HOUSEKEEPING]],
    );
    expect(next.map((j) => [j.kind, j.run_at.getTime()])).toEqual([
      [AUTH_HOUSEKEEPING, now.getTime() + DAY],
      [JOBS_HOUSEKEEPING, now.getTime() + DAY],
    ]);
  });
});
