import request from 'supertest';
import { addYears, dutchDate } from '@tafel/shared/util';
import { RetentionNoticesService } from '../src/modules/admin/retention-notices.service';
import { JobsService } from '../src/modules/jobs/jobs.service';
import { TEST_PASSWORD, addMember, makeCase, makeUser } from './support/factories';
import { TestSmtp, startSmtp } from './support/smtp';
import { TestApp, createTestApp, loginAs } from './support/test-app';

/** The retention term on a closed case, the administrator's list, refusals and the daily notice. */
describe('retention (bewaartermijnen)', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let admin: request.Agent;
  let adminEmail: string;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({ SMTP_URL: smtp.url });
    const user = await makeUser(t.dataSource, 'admin');
    adminEmail = user.email;
    admin = await loginAs(t.app, user.email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  async function family(childBirthDate: string | null = '2012-03-04') {
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const theCase = await makeCase(t.dataSource, coordinator);
    const child = await addMember(t.dataSource, theCase.id, 'child', undefined, childBirthDate);
    const agent = await loginAs(t.app, coordinator.email, TEST_PASSWORD);
    return { theCase, child, agent };
  }
  const measure = (caseId: string, memberId: string, type = 'ots') =>
    t.dataSource.query(
      `INSERT INTO measure (case_id, member_id, type, court_date, starts_on, ends_on)
       VALUES ($1, $2, $3, '2025-01-10', '2025-01-10', '2026-01-10')`,
      [caseId, memberId, type],
    );
  const movePhase = (agent: request.Agent, caseId: string, phase: string) =>
    agent.patch(`/api/v1/cases/${caseId}`).send({ phase }).expect(200);
  const stored = async (caseId: string) =>
    (
      await t.dataSource.query(
        `SELECT to_char(closed_on, 'YYYY-MM-DD') AS "closedOn", to_char(retain_until, 'YYYY-MM-DD') AS "retainUntil"
           FROM family_case WHERE id = $1`,
        [caseId],
      )
    )[0];
  /** Twenty years pass: the case was closed long ago and its term ended yesterday. */
  const termPassed = (caseId: string) =>
    t.dataSource.query(
      `UPDATE family_case SET closed_on = current_date - interval '20 years 1 day',
              retain_until = current_date - 1 WHERE id = $1`,
      [caseId],
    );

  it('fixes the end of the term on closing: 20 years after the closing day', async () => {
    const { theCase, agent } = await family();
    await movePhase(agent, theCase.id, 'closed');
    const today = dutchDate(new Date());
    expect(await stored(theCase.id)).toEqual({ closedOn: today, retainUntil: addYears(today, 20) });
    const page = await agent.get(`/api/v1/cases/${theCase.id}`).expect(200);
    expect(page.body.retainUntil).toBe(addYears(today, 20));
  });

  it('keeps a case with a measure until 30 years after the youngest such child turns 18', async () => {
    const { theCase, child, agent } = await family('2012-03-04');
    const older = await addMember(t.dataSource, theCase.id, 'child', undefined, '2008-06-01');
    await measure(theCase.id, older.id, 'voogdij');
    await measure(theCase.id, child.id, 'ots');
    await movePhase(agent, theCase.id, 'closed');
    expect((await stored(theCase.id)).retainUntil).toBe('2060-03-04');
  });

  it('clears the term when the case is reopened, and hides it from the family', async () => {
    const { theCase, agent } = await family();
    const parentUser = await makeUser(t.dataSource, 'parent');
    await addMember(t.dataSource, theCase.id, 'parent', parentUser);
    await movePhase(agent, theCase.id, 'closed');
    const parent = await loginAs(t.app, parentUser.email, TEST_PASSWORD);
    expect((await parent.get(`/api/v1/cases/${theCase.id}`).expect(200)).body.retainUntil).toBeNull();
    await movePhase(agent, theCase.id, 'signal');
    expect(await stored(theCase.id)).toEqual({ closedOn: null, retainUntil: null });
    expect((await agent.get(`/api/v1/cases/${theCase.id}`).expect(200)).body.retainUntil).toBeNull();
  });

  it('lists only the cases past their term, by number and gemeente — no names', async () => {
    const past = await family();
    const notYet = await family();
    const open = await family();
    for (const f of [past, notYet]) await movePhase(f.agent, f.theCase.id, 'closed');
    await termPassed(past.theCase.id);
    const res = await admin.get('/api/v1/admin/retention').expect(200);
    const ids = res.body.map((c: { id: string }) => c.id);
    expect(ids).toContain(past.theCase.id);
    expect(ids).not.toContain(notYet.theCase.id);
    expect(ids).not.toContain(open.theCase.id);
    const row = res.body.find((c: { id: string }) => c.id === past.theCase.id);
    expect(Object.keys(row).sort()).toEqual(['caseNumber', 'closedOn', 'gemeente', 'id', 'retainUntil']);
    expect(JSON.stringify(res.body)).not.toContain(past.theCase.familyName);
    // Each case shown is logged as read by the administrator, toward a case past its term.
    const logged = await t.dataSource.query(
      `SELECT event, action, relationship, emergency FROM access_log WHERE case_id = $1`,
      [past.theCase.id],
    );
    expect(logged).toContainEqual({
      event: 'case.retention.list',
      action: 'R',
      relationship: 'archive',
      emergency: false,
    });
  });

  it('refuses everyone but the administrator (403), and a case not past its term (409)', async () => {
    const { theCase, agent } = await family();
    await movePhase(agent, theCase.id, 'closed');
    const body = { caseIds: [theCase.id], reason: 'Bewaartermijn verstreken.' };
    expect((await agent.get('/api/v1/admin/retention')).status).toBe(403);
    expect((await agent.post('/api/v1/admin/retention/destroy').send(body)).status).toBe(403);
    const privacy = await makeUser(t.dataSource, 'privacy_officer');
    const officer = await loginAs(t.app, privacy.email, TEST_PASSWORD);
    expect((await officer.post('/api/v1/admin/retention/destroy').send(body)).status).toBe(403);

    const refused = await admin.post('/api/v1/admin/retention/destroy').send(body);
    expect(refused.status).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.detail).toContain('retention term has not passed');
    expect(await stored(theCase.id)).toMatchObject({ retainUntil: expect.any(String) });

    const bad = await admin.post('/api/v1/admin/retention/destroy').send({ caseIds: ['x'], reason: '' });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });

  it('tells the administrators once when a case passes its term, without naming it', async () => {
    const { theCase, agent } = await family();
    await movePhase(agent, theCase.id, 'closed');
    await termPassed(theCase.id);
    const jobs = t.app.get(JobsService);
    const notices = t.app.get(RetentionNoticesService);
    const mine = () => smtp.mails.filter((m) => JSON.stringify(m.to).includes(adminEmail));
    const before = mine().length;
    await notices.scan(new Date());
    while ((await jobs.runDue(new Date())) > 0);
    await notices.scan(new Date());
    while ((await jobs.runDue(new Date())) > 0);
    const mails = mine().slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Dossiers voorbij de bewaartermijn');
    expect(mails[0].text).toContain('/beheer/bewaartermijnen');
    expect(mails[0].text).not.toContain(theCase.caseNumber);
    expect(mails[0].text).not.toContain(theCase.familyName);
    expect((await stored(theCase.id)).retainUntil).not.toBeNull();
  });
});
