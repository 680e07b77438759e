import { JobsService } from '../src/modules/jobs/jobs.service';
import { AgreementNoticesService } from '../src/modules/plans/agreement-notices.service';
import { PlanVersionEntity } from '../src/modules/plans/entities/plan-version.entity';
import { AgreementEntity } from '../src/modules/tafels/entities/agreement.entity';
import { addMember, makeCase, makeUser, makeTafel } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';
import { TestSmtp, startSmtp } from './support/smtp';

/** A clock years ahead, so that the agreements of other test files are long overdue and notified before. */
const at = (iso: string) => new Date(`${iso}T06:00:00Z`);

describe('due and overdue agreements: one neutral mail per state, by the durable job runner', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let jobs: JobsService;

  // The files before this one leave their jobs behind (invitations, reminders, their agreements' notices),
  // all due on this clock: they are run here, before the tests, so that a test's own time is its own.
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({ SMTP_URL: smtp.url });
    jobs = t.app.get(JobsService);
    await runUntil(at('2031-02-19'));
  }, 180_000);
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  /** Runs what the runner would run by then (the daily scan and the mails it enqueues; other files' jobs too). */
  const runUntil = async (now: Date) => {
    while ((await jobs.runDue(now)) > 0);
  };
  const mailsTo = (email: string) => smtp.mails.filter((m) => JSON.stringify(m.to).includes(email));

  async function family(dueDate: string) {
    const ds = t.dataSource;
    const coordinator = await makeUser(ds, 'coordinator');
    const parent = await makeUser(ds, 'parent');
    const theCase = await makeCase(ds, coordinator, { familyName: `Veldkamp${Date.now()}` });
    const member = await addMember(ds, theCase.id, 'parent', parent);
    const tafel = await makeTafel(ds, theCase.id, coordinator.id);
    await ds.getRepository(AgreementEntity).insert({
      tafelId: tafel.id,
      caseId: theCase.id,
      ownerUserId: parent.id,
      ownerMemberId: null,
      ownerName: 'Moeder',
      what: 'Meldt zich bij de schuldhulpverlening',
      dueDate,
    });
    void member;
    return { coordinator, parent, theCase };
  }

  it('mails owner and coordinator once when due soon, not again on the next scan, once more when overdue', async () => {
    const f = await family('2031-03-05');

    await runUntil(at('2031-02-20'));
    expect(mailsTo(f.parent.email)).toHaveLength(0);

    await runUntil(at('2031-03-01'));
    expect(mailsTo(f.parent.email)).toHaveLength(1);
    expect(mailsTo(f.coordinator.email)).toHaveLength(1);

    await runUntil(at('2031-03-03'));
    expect(mailsTo(f.parent.email)).toHaveLength(1);
    expect(mailsTo(f.coordinator.email)).toHaveLength(1);

    await runUntil(at('2031-03-07'));
    await runUntil(at('2031-03-09'));
    const parent = mailsTo(f.parent.email);
    const coordinator = mailsTo(f.coordinator.email);
    expect(parent.map((m) => m.subject)).toEqual([
      'Een afspraak moet binnenkort klaar zijn',
      'Een afspraak is over de datum',
    ]);
    expect(coordinator).toHaveLength(2);
    for (const mail of [...parent, ...coordinator]) {
      const all = `${mail.subject}\n${mail.text}\n${mail.html || ''}`;
      expect(all).not.toContain('schuldhulpverlening');
      expect(all).not.toContain(f.theCase.familyName);
      expect(all).not.toContain(f.theCase.caseNumber);
      expect(all).not.toContain(f.theCase.id);
    }
    expect(parent[0].text).toContain(`${t.config.appUrl}/mijn-gezin\n`);
    expect(coordinator[0].text).toContain(`${t.config.appUrl}/mijn-gezinnen`);
  });

  it("notifies the coordinator of the plan's agreements (no account to mail the owner)", async () => {
    const f = await family('2032-01-01');
    await t.dataSource.getRepository(PlanVersionEntity).insert({
      caseId: f.theCase.id,
      number: 1,
      sections: {} as never,
      agreements: [{ owner: 'Oma', what: 'Haalt de kinderen op', dueDate: '2031-06-10' }],
      regieMode: 'family',
      regieReason: null,
      sha256: 'a'.repeat(64),
      publishedById: f.coordinator.id,
    });
    await runUntil(at('2031-06-05'));
    expect(mailsTo(f.coordinator.email).map((m) => m.subject)).toEqual([
      'Een afspraak moet binnenkort klaar zijn',
    ]);
    expect(mailsTo(f.parent.email)).toHaveLength(0);
  });

  it('keeps one daily scan waiting however often the app starts, and two scans at once notify once', async () => {
    const waiting = () =>
      t.dataSource.query(
        `SELECT run_at FROM job WHERE kind = 'agreements.scan' AND status IN ('pending', 'running')`,
      );
    expect(await waiting()).toHaveLength(1);
    const second = await createTestApp({ SMTP_URL: smtp.url });
    try {
      expect(await waiting()).toHaveLength(1);
      const f = await family('2033-05-05');
      const notices = t.app.get(AgreementNoticesService);
      await Promise.all([
        notices.scan(at('2033-05-01')),
        second.app.get(AgreementNoticesService).scan(at('2033-05-01')),
      ]);
      const [{ count }] = await t.dataSource.query(
        `SELECT count(*)::int AS count FROM job WHERE kind = 'agreements.notify' AND payload->>'caseId' = $1`,
        [f.theCase.id],
      );
      expect(count).toBe(1);
    } finally {
      await second.close();
    }
  });
});
