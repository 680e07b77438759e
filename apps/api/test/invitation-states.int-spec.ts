import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { CaseDetail, CaseMember } from '@tafel/shared/contracts';
import { TEST_PASSWORD, addMember, addProfessional, makeCase, makeUser } from './support/factories';
import { TestSmtp, startSmtp } from './support/smtp';
import { TestApp, createTestApp, loginAs } from './support/test-app';

const unique = () => randomUUID().slice(0, 8);
const NONE = { state: 'none', email: null, invitedAt: null, expiresAt: null };

/** A parent's or child's account state on the case page: what the coordinator sees, and only they. */
describe('account states of parents and children', () => {
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

  async function family() {
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const theCase = await makeCase(t.dataSource, coordinator);
    return {
      theCase,
      parent: await addMember(t.dataSource, theCase.id, 'parent'),
      otherParent: await addMember(t.dataSource, theCase.id, 'parent'),
      network: await addMember(t.dataSource, theCase.id, 'network'),
      agent: await loginAs(t.app, coordinator.email, TEST_PASSWORD),
    };
  }

  async function invite(agent: request.Agent, caseId: string, memberId: string, email: string) {
    const before = smtp.mails.length;
    const res = await agent.post(`/api/v1/cases/${caseId}/invitations`).send({ memberId, email });
    expect(res.status).toBe(201);
    const mail = (await smtp.waitFor(before + 1))[before];
    const token = /\/uitnodiging\/([A-Za-z0-9_-]{43})\s/.exec(mail.text ?? '')?.[1] as string;
    return { body: res.body, token };
  }

  const memberOf = async (agent: request.Agent, caseId: string, memberId: string) => {
    const res = await agent.get(`/api/v1/cases/${caseId}`);
    expect(res.status).toBe(200);
    return (res.body as CaseDetail).members.find((m) => m.id === memberId) as CaseMember;
  };
  const link = (token: string) => request(t.app.getHttpServer()).get(`/api/v1/invitations/${token}`);

  it('goes from none to invited; resending revokes the old link; accepting makes it active', async () => {
    const f = await family();
    expect((await memberOf(f.agent, f.theCase.id, f.parent.id)).account).toEqual(NONE);
    expect((await memberOf(f.agent, f.theCase.id, f.network.id)).account).toBeUndefined();

    const first = await invite(f.agent, f.theCase.id, f.parent.id, `eerst.${unique()}@example.nl`);
    expect(first.body.delivery).toBe('sent');
    expect(first.body.account).toMatchObject({ state: 'invited', expiresAt: first.body.expiresAt });
    expect((await memberOf(f.agent, f.theCase.id, f.parent.id)).account).toEqual(first.body.account);

    const email = `opnieuw.${unique()}@example.nl`;
    const second = await invite(f.agent, f.theCase.id, f.parent.id, email);
    expect((await link(first.token)).status).toBe(410);
    const resent = (await memberOf(f.agent, f.theCase.id, f.parent.id)).account;
    expect(resent).toEqual({ ...second.body.account, state: 'invited', email });
    expect(Date.parse(resent?.invitedAt ?? '')).toBeGreaterThanOrEqual(
      Date.parse(first.body.account.invitedAt),
    );

    const accepted = await request(t.app.getHttpServer())
      .post(`/api/v1/invitations/${second.token}/accept`)
      .send({ password: 'een-lang-wachtwoord' });
    expect(accepted.status).toBe(200);
    expect((await memberOf(f.agent, f.theCase.id, f.parent.id)).account).toEqual({
      ...NONE,
      state: 'active',
    });
  });

  it('says expired once the link has run out, with the address to invite again', async () => {
    const f = await family();
    const email = `laat.${unique()}@example.nl`;
    const { body } = await invite(f.agent, f.theCase.id, f.otherParent.id, email);
    await t.dataSource.query(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      body.id,
    ]);
    const account = (await memberOf(f.agent, f.theCase.id, f.otherParent.id)).account;
    expect(account).toMatchObject({ state: 'expired', email, invitedAt: body.account.invitedAt });
  });

  it('gives the state and the address only to whom may invite', async () => {
    const f = await family();
    const email = `geheim.${unique()}@example.nl`;
    await invite(f.agent, f.theCase.id, f.parent.id, email);
    const professional = await makeUser(t.dataSource, 'professional');
    await addProfessional(t.dataSource, f.theCase.id, professional);
    const parentUser = await makeUser(t.dataSource, 'parent');
    await addMember(t.dataSource, f.theCase.id, 'parent', parentUser);
    for (const user of [professional, parentUser]) {
      const res = await (
        await loginAs(t.app, user.email, TEST_PASSWORD)
      ).get(`/api/v1/cases/${f.theCase.id}`);
      expect(res.status).toBe(200);
      expect((res.body as CaseDetail).members.every((m) => !('account' in m))).toBe(true);
      expect(JSON.stringify(res.body)).not.toContain(email);
    }
  });

  it('answers a bad e-mail address with a problem and changes nothing', async () => {
    const f = await family();
    const res = await f.agent
      .post(`/api/v1/cases/${f.theCase.id}/invitations`)
      .send({ memberId: f.parent.id, email: 'geen-adres' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.invalidParams).toEqual([expect.objectContaining({ name: 'email' })]);
    expect((await memberOf(f.agent, f.theCase.id, f.parent.id)).account).toEqual(NONE);
  });
});

describe('invitations without SMTP_URL', () => {
  const tryInvite = async (env: NodeJS.ProcessEnv) => {
    const app = await createTestApp(env);
    try {
      const coordinator = await makeUser(app.dataSource, 'coordinator');
      const theCase = await makeCase(app.dataSource, coordinator);
      const parent = await addMember(app.dataSource, theCase.id, 'parent');
      const agent = await loginAs(app.app, coordinator.email, TEST_PASSWORD);
      const res = await agent
        .post(`/api/v1/cases/${theCase.id}/invitations`)
        .send({ memberId: parent.id, email: `p.${unique()}@example.nl` });
      const rows = await app.dataSource.query('SELECT revoked_at FROM invitation WHERE member_id = $1', [
        parent.id,
      ]);
      return { res, rows };
    } finally {
      await app.close();
    }
  };

  it('says the demo only logged the mail', async () => {
    const { res, rows } = await tryInvite({ TAFEL_DEMO: 'true' });
    expect([res.status, res.body.delivery]).toEqual([201, 'logged']);
    expect(rows).toEqual([{ revoked_at: null }]);
  });

  it('refuses to invite outside the demo: nobody would get the link', async () => {
    const { res, rows } = await tryInvite({ TAFEL_DEMO: 'false' });
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(rows).toHaveLength(1);
    expect(rows[0].revoked_at).not.toBeNull();
  });
});
