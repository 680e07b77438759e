import { createHash, randomUUID } from 'node:crypto';
import request from 'supertest';
import { toIsoDate } from '@tafel/shared/util';
import { CaseMemberEntity } from '../src/modules/cases/entities/case-member.entity';
import { TEST_PASSWORD, addMember, makeCase, makeUser } from './support/factories';
import { TestSmtp, startSmtp } from './support/smtp';
import { validRequest } from './support/tafel-scene';
import { TestApp, createTestApp, loginAs } from './support/test-app';

const NEW_PASSWORD = 'een-lang-wachtwoord';
const unique = () => randomUUID().slice(0, 8);

/** Birth date of someone who turns `years` today. */
function birthDateForAge(years: number): string {
  const now = new Date();
  return toIsoDate(new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), now.getUTCDate())));
}

describe('invitations for parents and children', () => {
  let t: TestApp;
  let smtp: TestSmtp;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({ SMTP_URL: smtp.url, APP_URL: 'https://tafel.test' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  /** A family with recognisable names: none of them may reach an e-mail. */
  async function family() {
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const theCase = await makeCase(t.dataSource, coordinator, { familyName: `Zwanenburg ${unique()}` });
    const members = t.dataSource.getRepository(CaseMemberEntity);
    const named = async (kind: 'parent' | 'child' | 'network', firstName: string, birthDate?: string) => {
      const member = await addMember(t.dataSource, theCase.id, kind, undefined, birthDate ?? null);
      await members.update(member.id, { firstName, lastName: 'Zwanenburg' });
      return member;
    };
    return {
      coordinator,
      theCase,
      parent: await named('parent', 'Femke'),
      twelve: await named('child', 'Jurre', birthDateForAge(12)),
      eleven: await named('child', 'Noor', birthDateForAge(11)),
      network: await named('network', 'Wessel'),
      agent: await loginAs(t.app, coordinator.email, TEST_PASSWORD),
    };
  }

  /** Invites through the API and returns the token from the e-mail that arrived. */
  async function invite(agent: request.Agent, caseId: string, memberId: string, email: string) {
    const before = smtp.mails.length;
    const res = await agent.post(`/api/v1/cases/${caseId}/invitations`).send({ memberId, email });
    expect(res.status).toBe(201);
    const mail = (await smtp.waitFor(before + 1))[before];
    const token = /https:\/\/tafel\.test\/uitnodiging\/([A-Za-z0-9_-]{43})\s/.exec(mail.text ?? '')?.[1];
    if (!token) throw new Error(`no invitation link in: ${mail.text}`);
    return { res, mail, token };
  }

  const accept = (token: string, body: object) =>
    request(t.app.getHttpServer()).post(`/api/v1/invitations/${token}/accept`).send(body);
  const users = async (email: string) =>
    (await t.dataSource.query('SELECT id FROM app_user WHERE email = $1', [email])).length;

  it('mails a neutral link; accepting it once creates the account, links the member and logs in', async () => {
    const f = await family();
    const email = `femke.${unique()}@example.nl`;
    const { res, mail, token } = await invite(f.agent, f.theCase.id, f.parent.id, email.toUpperCase());
    const week = Date.now() + 7 * 24 * 3_600_000;
    expect(Math.abs(Date.parse(res.body.expiresAt) - week)).toBeLessThan(60_000);
    expect(mail.subject).toBe('Uw account voor Tafel');
    expect((mail.to as { text: string }).text).toBe(email);
    const visible = `${mail.subject}\n${mail.text}\n${mail.html || ''}`;
    for (const secret of [
      f.theCase.familyName,
      'Zwanenburg',
      f.theCase.caseNumber,
      'Femke',
      'Jurre',
      'Noor',
    ]) {
      expect(visible).not.toContain(secret);
    }
    expect(mail.text).toMatch(/geldig tot \d{1,2} \w+ \d{4}/);

    const [row] = await t.dataSource.query(
      'SELECT row_to_json(i)::text AS json, token_hash FROM invitation i WHERE id = $1',
      [res.body.id],
    );
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(row.json).not.toContain(token);
    const [jobs] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM job WHERE payload::text LIKE $1',
      [`%${token}%`],
    );
    expect(jobs.n).toBe(0);

    const info = await request(t.app.getHttpServer()).get(`/api/v1/invitations/${token}`);
    expect(info.body).toEqual({ role: 'parent', email, expiresAt: res.body.expiresAt });

    const browser = request.agent(t.app.getHttpServer());
    const accepted = await browser
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ password: NEW_PASSWORD, displayName: 'Femke' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ email, role: 'parent', displayName: 'Femke', organisation: null });
    const cookie = String(accepted.headers['set-cookie']);
    expect(cookie).toMatch(/tafel_session=[^;]+;.*HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect((await browser.get('/api/v1/me')).body.id).toBe(accepted.body.id);
    const cases = await browser.get('/api/v1/cases');
    expect(cases.body.items.map((c: { id: string }) => c.id)).toEqual([f.theCase.id]);

    const [user] = await t.dataSource.query(
      'SELECT password_hash, organisation_id FROM app_user WHERE id = $1',
      [accepted.body.id],
    );
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
    const [member] = await t.dataSource.query('SELECT user_id FROM case_member WHERE id = $1', [f.parent.id]);
    expect(member.user_id).toBe(accepted.body.id);
    await loginAs(t.app, email, NEW_PASSWORD);

    const again = await accept(token, { password: NEW_PASSWORD });
    const unknown = await accept('x'.repeat(43), { password: NEW_PASSWORD });
    expect(again.status).toBe(404);
    expect(again.body).toEqual(unknown.body);
    const usedInfo = await request(t.app.getHttpServer()).get(`/api/v1/invitations/${token}`);
    expect(usedInfo.status).toBe(404);
    expect(usedInfo.body).toEqual(
      (await request(t.app.getHttpServer()).get('/api/v1/invitations/nope')).body,
    );
  });

  it('gives a parent who gets an account after the tafel was requested their seat at it', async () => {
    const f = await family();
    const requested = await f.agent.post('/api/v1/tafels').send(validRequest(f.theCase.id)).expect(201);
    const { token } = await invite(f.agent, f.theCase.id, f.parent.id, `femke.${unique()}@example.nl`);
    const browser = request.agent(t.app.getHttpServer());
    const accepted = await browser
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ password: NEW_PASSWORD });
    expect(accepted.status).toBe(200);
    const tafel = await browser.get(`/api/v1/tafels/${requested.body.id}`).expect(200);
    const seat = tafel.body.participants.find((p: { memberId: string | null }) => p.memberId === f.parent.id);
    // The seat is found by the account (the RSVP buttons, the tafel page), so it must carry the new one.
    expect(seat).toMatchObject({ role: 'parent', userId: accepted.body.id });
  });

  it('lets exactly one of two concurrent accepts succeed', async () => {
    const f = await family();
    const email = `race.${unique()}@example.nl`;
    const { token } = await invite(f.agent, f.theCase.id, f.parent.id, email);
    const results = await Promise.all([
      accept(token, { password: NEW_PASSWORD }),
      accept(token, { password: NEW_PASSWORD }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 404]);
    expect(await users(email)).toBe(1);
  });

  it('refuses a replaced or expired invitation with 410 and creates nothing', async () => {
    const f = await family();
    const email = `twice.${unique()}@example.nl`;
    const first = await invite(f.agent, f.theCase.id, f.parent.id, email);
    const second = await invite(f.agent, f.theCase.id, f.parent.id, email);
    const replaced = await accept(first.token, { password: NEW_PASSWORD });
    expect(replaced.status).toBe(410);
    expect(replaced.body.code).toBe('invitation_expired');
    expect((await request(t.app.getHttpServer()).get(`/api/v1/invitations/${second.token}`)).status).toBe(
      200,
    );

    await t.dataSource.query(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      second.res.body.id,
    ]);
    expect((await request(t.app.getHttpServer()).get(`/api/v1/invitations/${second.token}`)).status).toBe(
      410,
    );
    expect((await accept(second.token, { password: NEW_PASSWORD })).status).toBe(410);
    expect(await users(email)).toBe(0);
  });

  it('invites parents and children from the age threshold only, without an account yet', async () => {
    const f = await family();
    const { token } = await invite(f.agent, f.theCase.id, f.twelve.id, `jurre.${unique()}@example.nl`);
    expect((await request(t.app.getHttpServer()).get(`/api/v1/invitations/${token}`)).body.role).toBe(
      'child',
    );

    const other = await makeCase(t.dataSource, f.coordinator);
    const strangerParent = await addMember(t.dataSource, other.id, 'parent');
    const withAccount = await addMember(
      t.dataSource,
      f.theCase.id,
      'parent',
      await makeUser(t.dataSource, 'parent'),
    );
    const existing = await makeUser(t.dataSource, 'parent');
    const post = (memberId: string, email = `x.${unique()}@example.nl`) =>
      f.agent.post(`/api/v1/cases/${f.theCase.id}/invitations`).send({ memberId, email });
    for (const memberId of [f.eleven.id, f.network.id, strangerParent.id]) {
      const res = await post(memberId);
      expect(res.status).toBe(400);
      expect(res.body.invalidParams).toEqual([expect.objectContaining({ name: 'memberId' })]);
    }
    expect((await post(withAccount.id)).status).toBe(409);
    const taken = await post(f.parent.id, existing.email);
    expect([taken.status, taken.body.code]).toEqual([409, 'email_in_use']);
    const [count] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM invitation WHERE member_id = ANY($1)',
      [[f.eleven.id, f.network.id, strangerParent.id, withAccount.id, f.parent.id]],
    );
    expect(count.n).toBe(0);
  });

  it('needs invitation:create and need-to-know of the case', async () => {
    const f = await family();
    const outsider = await makeUser(t.dataSource, 'coordinator');
    const chair = await makeUser(t.dataSource, 'chair');
    const body = { memberId: f.parent.id, email: `p.${unique()}@example.nl` };
    const path = `/api/v1/cases/${f.theCase.id}/invitations`;
    const asOutsider = await (await loginAs(t.app, outsider.email, TEST_PASSWORD)).post(path).send(body);
    expect(asOutsider.status).toBe(404);
    expect((await (await loginAs(t.app, chair.email, TEST_PASSWORD)).post(path).send(body)).status).toBe(403);
    expect((await request(t.app.getHttpServer()).post(path).send(body)).status).toBe(401);
  });

  it('answers bad input with a 400 problem and creates nothing', async () => {
    const f = await family();
    const path = `/api/v1/cases/${f.theCase.id}/invitations`;
    const extra = await f.agent
      .post(path)
      .send({ memberId: f.parent.id, email: 'a@example.nl', role: 'admin' });
    expect(extra.status).toBe(400);
    expect(extra.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await f.agent.post(path).send({ memberId: f.parent.id, email: 'not-an-address' })).status).toBe(
      400,
    );
    const [none] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM invitation WHERE member_id = $1',
      [f.parent.id],
    );
    expect(none.n).toBe(0);

    const email = `short.${unique()}@example.nl`;
    const { token } = await invite(f.agent, f.theCase.id, f.parent.id, email);
    const short = await accept(token, { password: 'elf-tekens!' });
    expect(short.status).toBe(400);
    expect(short.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(short.body.invalidParams).toEqual([expect.objectContaining({ name: 'password' })]);
    const common = await accept(token, { password: 'Wachtwoord2026!' });
    expect(common.status).toBe(400);
    expect(common.body.invalidParams).toEqual([
      expect.objectContaining({ name: 'password', reason: expect.stringMatching(/common/) }),
    ]);
    const unknownField = await accept(token, { password: NEW_PASSWORD, role: 'admin' });
    expect(unknownField.status).toBe(400);
    expect(await users(email)).toBe(0);
    expect((await request(t.app.getHttpServer()).get(`/api/v1/invitations/${token}`)).status).toBe(200);
  });

  it('withdraws the invitation when the mail cannot be sent', async () => {
    const broken = await createTestApp({ SMTP_URL: 'smtp://127.0.0.1:1', APP_URL: 'https://tafel.test' });
    try {
      const f = await family();
      const agent = await loginAs(broken.app, f.coordinator.email, TEST_PASSWORD);
      const res = await agent
        .post(`/api/v1/cases/${f.theCase.id}/invitations`)
        .send({ memberId: f.parent.id, email: `p.${unique()}@example.nl` });
      expect(res.status).toBe(503);
      const rows = await t.dataSource.query('SELECT revoked_at FROM invitation WHERE member_id = $1', [
        f.parent.id,
      ]);
      expect(rows).toHaveLength(1);
      expect(rows[0].revoked_at).not.toBeNull();
    } finally {
      await broken.close();
    }
  });
});
