import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { ADMIN_USER_LIST_LIMIT } from '@tafel/shared/contracts';
import { TEST_PASSWORD, WITH_TOTP, makeCase, makeOrganisation, makeUser } from './support/factories';
import { TestSmtp, startSmtp } from './support/smtp';
import { TestApp, createTestApp, loginAs, loginWithCode } from './support/test-app';

describe('the functional administrator', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let admin: request.Agent;
  let adminId: string;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({ SMTP_URL: smtp.url, APP_URL: 'https://tafel.test', MFA_REQUIRED: 'true' });
    const user = await makeUser(t.dataSource, 'admin', WITH_TOTP);
    adminId = user.id;
    admin = await loginWithCode(t, user.email);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const adminLog = (): Promise<{ event: string; person_id: string | null }[]> =>
    t.dataSource.query(`SELECT event, person_id FROM access_log WHERE user_id = $1 ORDER BY id`, [adminId]);

  it('creates an account with role and organisation; the invitation mail carries no content; accepting asks for a second factor', async () => {
    const organisation = await makeOrganisation(t.dataSource, 'gi');
    const email = `nieuw.${randomUUID().slice(0, 8)}@test.example`;
    const before = smtp.mails.length;
    const res = await admin
      .post('/api/v1/admin/users')
      .send({ email, displayName: 'Anna Nieuw', role: 'coordinator', organisationId: organisation.id });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      email,
      role: 'coordinator',
      organisation: { id: organisation.id },
      active: true,
      secondFactor: false,
      invitationOpen: true,
    });
    const mail = (await smtp.waitFor(before + 1))[before];
    expect(mail.to).toMatchObject({ text: email });
    const listedOpen = await admin.get('/api/v1/admin/users').query({ q: email });
    expect(listedOpen.body).toEqual([expect.objectContaining({ id: res.body.id, invitationOpen: true })]);
    expect(mail.text).not.toMatch(/Anna|coordinator|regievoerder/i);
    expect(mail.text).not.toContain(organisation.name);
    const token = /https:\/\/tafel\.test\/uitnodiging\/([A-Za-z0-9_-]{43})\s/.exec(mail.text ?? '')?.[1];
    expect(token).toBeDefined();

    const info = await request(t.app.getHttpServer()).get(`/api/v1/invitations/${token}`);
    expect(info.body).toMatchObject({ role: 'coordinator', email });
    const newcomer = request.agent(t.app.getHttpServer());
    const accepted = await newcomer
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ password: 'een-lang-wachtwoord-2026' });
    expect(accepted.status).toBe(200);
    // The invitation is the invitations module's: the account list asks it, and it is open no more.
    const listed = await admin.get('/api/v1/admin/users').query({ q: email });
    expect(listed.body).toEqual([expect.objectContaining({ id: res.body.id, invitationOpen: false })]);
    // The session is partial until the second factor is set up.
    expect((await newcomer.get('/api/v1/cases')).status).toBe(401);
    expect((await newcomer.post('/api/v1/auth/totp/enrolment')).status).toBe(201);
    expect(await adminLog()).toContainEqual({ event: 'admin.user.create', person_id: res.body.id });
  });

  it('refuses a second account with the same e-mail and an unknown organisation, changing nothing', async () => {
    const existing = await makeUser(t.dataSource, 'chair');
    const organisationId = existing.organisationId as string;
    const count = async () => (await t.dataSource.query('SELECT count(*)::int AS n FROM app_user'))[0].n;
    const n = await count();
    const dup = await admin
      .post('/api/v1/admin/users')
      .send({ email: existing.email.toUpperCase(), displayName: 'Dubbel', role: 'chair', organisationId });
    expect([dup.status, dup.body.code]).toEqual([409, 'email_in_use']);
    const unknown = await admin
      .post('/api/v1/admin/users')
      .send({ email: 'x@test.example', displayName: 'Niemand', role: 'chair', organisationId: randomUUID() });
    expect(unknown.status).toBe(404);
    const parent = await admin
      .post('/api/v1/admin/users')
      .send({ email: 'y@test.example', displayName: 'Ouder', role: 'parent', organisationId });
    expect(parent.status).toBe(400);
    expect(await count()).toBe(n);
  });

  it('deactivating ends the sessions at once: the next request is a 401, and logging in fails', async () => {
    const coordinator = await makeUser(t.dataSource, 'coordinator', WITH_TOTP);
    await makeCase(t.dataSource, coordinator);
    const agent = await loginWithCode(t, coordinator.email);
    expect((await agent.get('/api/v1/cases')).status).toBe(200);

    const res = await admin.post(`/api/v1/admin/users/${coordinator.id}/deactivate`);
    expect(res.status).toBe(200);
    expect(res.body.active).toBe(false);
    expect((await agent.get('/api/v1/cases')).status).toBe(401);
    const again = await request(t.app.getHttpServer())
      .post('/api/v1/auth/login')
      .send({ email: coordinator.email, password: TEST_PASSWORD });
    expect(again.status).toBe(401);
    const open = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM session WHERE user_id = $1 AND revoked_at IS NULL',
      [coordinator.id],
    );
    expect(open[0].n).toBe(0);
    expect(await adminLog()).toContainEqual({ event: 'admin.user.deactivate', person_id: coordinator.id });
  });

  it('resetting the second factor ends the sessions and makes the user set it up again', async () => {
    const chair = await makeUser(t.dataSource, 'chair', WITH_TOTP);
    const first = request.agent(t.app.getHttpServer());
    expect(
      (await first.post('/api/v1/auth/login').send({ email: chair.email, password: TEST_PASSWORD })).body,
    ).toEqual({
      status: 'totp_required',
    });

    const res = await admin.post(`/api/v1/admin/users/${chair.id}/second-factor/reset`);
    expect(res.status).toBe(200);
    expect(res.body.secondFactor).toBe(false);
    expect((await first.get('/api/v1/me')).status).toBe(401);
    const next = await request(t.app.getHttpServer())
      .post('/api/v1/auth/login')
      .send({ email: chair.email, password: TEST_PASSWORD });
    expect(next.body).toEqual({ status: 'totp_enrolment_required' });
    const codes = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM recovery_code WHERE user_id = $1',
      [chair.id],
    );
    expect(codes[0].n).toBe(0);
    expect(await adminLog()).toContainEqual({ event: 'admin.user.second-factor-reset', person_id: chair.id });
  });

  it("logs each family member's account the list shows (that they have one says they are a client), not staff", async () => {
    const name = `Lijstgezin ${randomUUID().slice(0, 6)}`;
    const parent = await makeUser(t.dataSource, 'parent', { displayName: `${name} Ouder` });
    const child = await makeUser(t.dataSource, 'child', { displayName: `${name} Kind` });
    const chair = await makeUser(t.dataSource, 'chair', { displayName: `${name} Voorzitter` });
    const before = (await adminLog()).length;
    const res = await admin.get('/api/v1/admin/users').query({ q: name }).expect(200);
    expect(res.body.map((u: { id: string }) => u.id).sort()).toEqual([parent.id, child.id, chair.id].sort());
    expect(res.headers['x-total-count']).toBe('3');
    const rows = (await adminLog()).slice(before);
    expect(rows.map((r) => [r.event, r.person_id]).sort()).toEqual(
      [
        ['admin.user.read', parent.id],
        ['admin.user.read', child.id],
      ].sort(),
    );
    // A picker of coordinators (the orphaned families' hand-over) asks for that role: no client is sent or logged.
    const afterList = (await adminLog()).length;
    const staff = await admin.get('/api/v1/admin/users').query({ q: name, role: 'chair' }).expect(200);
    expect(staff.body.map((u: { id: string }) => u.id)).toEqual([chair.id]);
    expect(staff.headers['x-total-count']).toBe('1');
    expect((await adminLog()).length).toBe(afterList);
    expect((await admin.get('/api/v1/admin/users').query({ role: 'parent' })).status).toBe(400);
  });

  it('shows the first accounts of a wide search and says how many match in all', async () => {
    const name = `Veelvoud ${randomUUID().slice(0, 6)}`;
    for (let i = 0; i <= ADMIN_USER_LIST_LIMIT; i++)
      await makeUser(t.dataSource, 'professional', { displayName: `${name} ${i}` });
    const res = await admin.get('/api/v1/admin/users').query({ q: name }).expect(200);
    expect(res.body).toHaveLength(ADMIN_USER_LIST_LIMIT);
    expect(res.headers['x-total-count']).toBe(String(ADMIN_USER_LIST_LIMIT + 1));
  });

  it('an unknown user is a 404', async () => {
    expect((await admin.post(`/api/v1/admin/users/${randomUUID()}/deactivate`)).status).toBe(404);
    expect((await admin.post(`/api/v1/admin/users/${randomUUID()}/second-factor/reset`)).status).toBe(404);
  });

  it('lists and searches accounts without case data', async () => {
    const chair = await makeUser(t.dataSource, 'chair', {
      displayName: `Zoekbare Voorzitter ${randomUUID().slice(0, 6)}`,
    });
    const res = await admin.get('/api/v1/admin/users').query({ q: 'zoekbare voorz' });
    expect(res.status).toBe(200);
    expect(res.body.map((u: { id: string }) => u.id)).toContain(chair.id);
    expect(Object.keys(res.body[0]).sort()).toEqual(
      [
        'active',
        'displayName',
        'email',
        'id',
        'invitationOpen',
        'organisation',
        'role',
        'secondFactor',
      ].sort(),
    );
  });

  it('creates and edits organisations, each logged', async () => {
    const name = `Wijkteam Test ${randomUUID().slice(0, 6)}`;
    const created = await admin
      .post('/api/v1/admin/organisations')
      .send({ name, type: 'wijkteam', gemeente: 'Losser' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name, type: 'wijkteam', gemeente: 'Losser' });
    const dup = await admin
      .post('/api/v1/admin/organisations')
      .send({ name, type: 'wijkteam', gemeente: 'Losser' });
    expect(dup.status).toBe(409);
    const renamed = await admin
      .patch(`/api/v1/admin/organisations/${created.body.id}`)
      .send({ name: `${name} Noord`, type: 'raad' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: `${name} Noord`, type: 'raad', gemeente: null });
    const events = (await adminLog()).map((r) => r.event);
    expect(events).toEqual(
      expect.arrayContaining(['admin.organisation.create', 'admin.organisation.update']),
    );
  });

  it('shows the configurable settings with their values and where they come from', async () => {
    const res = await admin.get('/api/v1/admin/settings');
    expect(res.status).toBe(200);
    expect(res.body).toContainEqual({
      key: 'childAgeThreshold',
      label: expect.any(String),
      value: '12',
      source:
        'Standaardwaarde van Tafel (te wijzigen bij de installatie, omgevingsvariabele CHILD_AGE_THRESHOLD)',
      editable: false,
    });
    // Dutch words for the administrator: the roles by their Dutch names, no file of the code named.
    expect(res.body).toContainEqual(
      expect.objectContaining({
        key: 'requiredRoles.toeleiding',
        value: 'voorzitter, secretaris, aanvrager, Raad voor de Kinderbescherming',
      }),
    );
    const words = res.body.map((s: { source: string; value: string }) => `${s.source} ${s.value}`).join(' ');
    expect(words).not.toMatch(/\.ts\b|environment|code:|chair|secretary/);
    expect(res.body.map((s: { key: string }) => s.key)).toEqual(
      expect.arrayContaining(['requiredRoles.toeleiding', 'norm.rvdk_start', 'norm.verslag_to_parents']),
    );
    // The request → tafel norm has no legal source: labelled so, and off until the region sets it.
    expect(res.body).toContainEqual(
      expect.objectContaining({
        key: 'norm.request_to_tafel',
        label: expect.stringContaining('geen wettelijke norm'),
        value: 'uit (niet ingesteld)',
        source:
          'Standaardwaarde van Tafel (te wijzigen bij de installatie, omgevingsvariabele TAFEL_CHAIN_NORMS)',
      }),
    );
    // One setting per norm: no environment variable of its own beside TAFEL_CHAIN_NORMS.
    const sources: string[] = res.body.map((s: { source: string }) => s.source);
    expect(sources.filter((s) => /NORM_WORKING_DAYS/.test(s))).toEqual([]);
  });

  it('is refused to everyone else (403), and the administrator still sees no case (403)', async () => {
    const coordinator = await makeUser(t.dataSource, 'coordinator', WITH_TOTP);
    const theCase = await makeCase(t.dataSource, coordinator);
    const agent = await loginWithCode(t, coordinator.email);
    expect((await agent.get('/api/v1/admin/users')).status).toBe(403);
    expect((await agent.post(`/api/v1/admin/users/${coordinator.id}/deactivate`)).status).toBe(403);
    expect((await agent.get('/api/v1/admin/settings')).status).toBe(403);
    expect((await admin.get('/api/v1/cases')).status).toBe(403);
    expect((await admin.get(`/api/v1/cases/${theCase.id}`)).status).toBe(403);
  });
});

describe('an account whose invitation mail cannot be sent', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SMTP_URL: 'smtp://127.0.0.1:1' });
  });
  afterAll(() => t.close());

  it('is not made (503), so the administrator can simply try again', async () => {
    const admin = await makeUser(t.dataSource, 'admin');
    const agent = await loginAs(t.app, admin.email, TEST_PASSWORD);
    const email = `onbereikbaar.${randomUUID().slice(0, 8)}@test.example`;
    const res = await agent
      .post('/api/v1/admin/users')
      .send({ email, displayName: 'Onbereikbaar', role: 'secretary', organisationId: admin.organisationId });
    expect(res.status).toBe(503);
    const left = await t.dataSource.query('SELECT count(*)::int AS n FROM app_user WHERE email = $1', [
      email,
    ]);
    expect(left[0].n).toBe(0);
  });
});
