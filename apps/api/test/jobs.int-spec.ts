import { ScratchDatabase, createMigratedDatabase } from '@tafel/api/testing';
import { JobsService } from '../src/modules/jobs/jobs.service';
import { TestApp, createTestApp } from './support/test-app';

/** The runner's own clock. */
const T0 = new Date('2041-03-04T06:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
const DAY = 24 * 3600_000;

describe('the durable job runner', () => {
  let db: ScratchDatabase;
  let t: TestApp;
  let jobs: JobsService;
  const rows = (kind: string) =>
    t.dataSource.query<{ status: string; attempts: number; run_at: Date }[]>(
      `SELECT status, attempts, run_at FROM job WHERE kind = $1 ORDER BY created_at, run_at`,
      [kind],
    );

  beforeAll(async () => {
    // A database of its own: a batch takes the 20 oldest due jobs, and other files' jobs would come first.
    db = await createMigratedDatabase();
    t = await createTestApp({}, db.url);
    jobs = t.app.get(JobsService);
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('gives a failing recurring job up after 5 attempts and still schedules its next regular run', async () => {
    const kind = `test.flaky.${Date.now()}`;
    let calls = 0;
    jobs.recurring(kind, DAY, async () => {
      calls++;
      throw new Error('the mail server is down');
    });
    await jobs.enqueue(t.dataSource.manager, kind, {}, T0, `recurring:${kind}`);
    let clock = T0.getTime();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await jobs.runDue(new Date(clock));
      clock += 2 ** attempt * 30_000 + 1000;
    }
    expect(calls).toBe(5);
    const [given, next] = await rows(kind);
    expect(given).toMatchObject({ status: 'failed', attempts: 5 });
    expect(next).toMatchObject({ status: 'pending', attempts: 0 });
    expect(next.run_at.getTime()).toBeGreaterThan(later(DAY).getTime());
  });

  it('claims a job again when the instance that claimed it died mid-run (its lease ran out), and runs it once', async () => {
    const kind = `test.once.${Date.now()}`;
    let calls = 0;
    jobs.register(kind, async () => {
      calls++;
    });
    await jobs.enqueue(t.dataSource.manager, kind, {}, T0);
    // As a killed instance leaves it: claimed (running, one attempt), its lease ending at T0 + 10 min.
    await t.dataSource.query(`UPDATE job SET status = 'running', attempts = 1, run_at = $2 WHERE kind = $1`, [
      kind,
      later(10 * 60_000),
    ]);
    await jobs.runDue(later(5 * 60_000));
    expect(calls).toBe(0);
    await jobs.runDue(later(11 * 60_000));
    await jobs.runDue(later(12 * 60_000));
    expect(calls).toBe(1);
    expect(await rows(kind)).toEqual([expect.objectContaining({ status: 'done', attempts: 2 })]);
  });
});
