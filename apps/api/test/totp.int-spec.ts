import request from 'supertest';
import { totpCode } from '@tafel/api/testing';
import { SessionEntity } from '../src/modules/auth/session.entity';
import { UserEntity } from '../src/modules/users/user.entity';
import { TEST_PASSWORD, TEST_TOTP_SECRET, WITH_TOTP, makeCase, makeUser } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';

describe('two-factor login (TOTP)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ MFA_REQUIRED: 'true' });
  });
  afterAll(() => t.close());

  const http = () => request.agent(t.app.getHttpServer());

  it('asks an enrolled professional for a code, and opens nothing before it', async () => {
    const user = await makeUser(t.dataSource, 'coordinator', WITH_TOTP);
    await makeCase(t.dataSource, user);
    const agent = http();
    const login = await agent.post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD });
    expect(login.body).toEqual({ status: 'totp_required' });
    const partial = /tafel_session=([^;]+)/.exec(String(login.headers['set-cookie']))?.[1];
    expect((await agent.get('/api/v1/me')).status).toBe(401);
    expect((await agent.get('/api/v1/cases')).status).toBe(401);

    const wrong = await agent
      .post('/api/v1/auth/totp/verify')
      .send({ code: totpCode(TEST_TOTP_SECRET, Date.now() - 10 * 60_000) });
    expect(wrong.status).toBe(401);
    const bad = await agent.post('/api/v1/auth/totp/verify').send({ code: '12ab56' });
    expect(bad.status).toBe(400);

    const ok = await agent.post('/api/v1/auth/totp/verify').send({ code: totpCode(TEST_TOTP_SECRET) });
    expect(ok.status).toBe(200);
    expect(ok.body.id).toBe(user.id);
    const full = /tafel_session=([^;]+)/.exec(String(ok.headers['set-cookie']))?.[1];
    expect(full).toBeDefined();
    expect(full).not.toBe(partial);
    expect((await agent.get('/api/v1/cases')).status).toBe(200);
    const replay = await request(t.app.getHttpServer())
      .get('/api/v1/me')
      .set('Cookie', `tafel_session=${partial}`);
    expect(replay.status).toBe(401);
  });

  it('enrols a professional who has no second factor yet: QR code, first code, recovery codes', async () => {
    const user = await makeUser(t.dataSource, 'professional');
    const agent = http();
    const login = await agent.post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD });
    expect(login.body).toEqual({ status: 'totp_enrolment_required' });
    expect((await agent.get('/api/v1/cases')).status).toBe(401);

    const enrolment = await agent.post('/api/v1/auth/totp/enrolment');
    expect(enrolment.status).toBe(201);
    expect(enrolment.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Tafel:.+secret=[A-Z2-7]+/);
    expect(enrolment.body.qrCode).toMatch(/^data:image\/png;base64,/);
    const secret: string = enrolment.body.secret;

    expect((await agent.post('/api/v1/auth/totp/enrolment/confirm').send({ code: '000000' })).status).toBe(
      401,
    );
    const confirmed = await agent
      .post('/api/v1/auth/totp/enrolment/confirm')
      .send({ code: totpCode(secret) });
    expect(confirmed.status).toBe(200);
    const codes: string[] = confirmed.body.recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect((await agent.get('/api/v1/cases')).status).toBe(200);
    const [stored] = await t.dataSource.query(
      'SELECT code_hash FROM recovery_code WHERE user_id = $1 LIMIT 1',
      [user.id],
    );
    expect(codes).not.toContain(stored.code_hash);

    const next = http();
    await next.post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    expect((await next.post('/api/v1/auth/totp/verify').send({ recoveryCode: codes[0] })).status).toBe(200);
    const again = http();
    await again.post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    expect((await again.post('/api/v1/auth/totp/verify').send({ recoveryCode: codes[0] })).status).toBe(401);
  });

  it('locks the second factor after five wrong codes, also for the right code and a new password login', async () => {
    const user = await makeUser(t.dataSource, 'coordinator', WITH_TOTP);
    const agent = http();
    await agent.post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    const wrong = totpCode(TEST_TOTP_SECRET, Date.now() - 10 * 60_000);
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      const res = await agent
        .post('/api/v1/auth/totp/verify')
        .send(i % 2 ? { code: wrong } : { recoveryCode: 'aaaaa-bbbbb' });
      statuses.push(res.status);
      if (res.status === 429) expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(new Set(statuses.slice(5))).toEqual(new Set([429]));

    const right = await agent.post('/api/v1/auth/totp/verify').send({ code: totpCode(TEST_TOTP_SECRET) });
    expect(right.status).toBe(429);
    expect(right.body.code).toBe('too_many_attempts');
    const again = http();
    await again.post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    expect(
      (await again.post('/api/v1/auth/totp/verify').send({ code: totpCode(TEST_TOTP_SECRET) })).status,
    ).toBe(429);

    await t.dataSource.query(`UPDATE app_user SET second_factor_locked_until = now() WHERE id = $1`, [
      user.id,
    ]);
    expect(
      (await again.post('/api/v1/auth/totp/verify').send({ code: totpCode(TEST_TOTP_SECRET) })).status,
    ).toBe(200);
    const [state] = await t.dataSource.query(
      `SELECT second_factor_failures AS n FROM app_user WHERE id = $1`,
      [user.id],
    );
    expect(state.n).toBe(0);
  });

  it('accepts a code once: the same code a second time is refused', async () => {
    const user = await makeUser(t.dataSource, 'chair', WITH_TOTP);
    const code = totpCode(TEST_TOTP_SECRET);
    const first = http();
    await first.post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    expect((await first.post('/api/v1/auth/totp/verify').send({ code })).status).toBe(200);
    const second = http();
    await second.post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    const replay = await second.post('/api/v1/auth/totp/verify').send({ code });
    expect(replay.status).toBe(401);
    expect((await second.get('/api/v1/cases')).status).toBe(401);
  });

  it('keeps the secret encrypted at rest and never loads credentials with a user', async () => {
    const user = await makeUser(t.dataSource, 'coordinator', WITH_TOTP);
    const agent = http();
    await agent.post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    await agent
      .post('/api/v1/auth/totp/verify')
      .send({ code: totpCode(TEST_TOTP_SECRET) })
      .expect(200);
    const [row] = await t.dataSource.query('SELECT totp_secret FROM app_user WHERE id = $1', [user.id]);
    expect(row.totp_secret).not.toContain(TEST_TOTP_SECRET);
    expect(row.totp_secret).toMatch(/^v1\./);

    const enrolling = await makeUser(t.dataSource, 'professional');
    const next = http();
    await next
      .post('/api/v1/auth/login')
      .send({ email: enrolling.email, password: TEST_PASSWORD })
      .expect(200);
    const { secret } = (await next.post('/api/v1/auth/totp/enrolment').expect(201)).body as {
      secret: string;
    };
    const [pending] = await t.dataSource.query('SELECT totp_secret FROM app_user WHERE id = $1', [
      enrolling.id,
    ]);
    expect(pending.totp_secret).not.toContain(secret);

    const loaded = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id });
    expect(loaded.passwordHash).toBeUndefined();
    expect(loaded.totpSecret).toBeUndefined();
    const [session] = await t.dataSource.getRepository(SessionEntity).find({
      where: { userId: user.id },
      relations: { user: true },
    });
    expect(session?.user.passwordHash).toBeUndefined();
  });

  it('does not ask a parent for a second factor', async () => {
    const parent = await makeUser(t.dataSource, 'parent');
    const login = await http()
      .post('/api/v1/auth/login')
      .send({ email: parent.email, password: TEST_PASSWORD });
    expect(login.body.status).toBe('authenticated');
  });
});

describe('login rate limit and session lifetime', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_DELAY_MS: '0', SESSION_IDLE_MINUTES: '15' });
  });
  afterAll(() => t.close());

  it('refuses further attempts after the limit, the same for known and unknown addresses', async () => {
    const user = await makeUser(t.dataSource, 'coordinator');
    const attempt = (email: string, password: string) =>
      request(t.app.getHttpServer()).post('/api/v1/auth/login').send({ email, password });
    const sequence = async (email: string) => {
      const results = [];
      for (let i = 0; i < 3; i++) results.push(await attempt(email, 'wrong-password'));
      results.push(await attempt(email, TEST_PASSWORD));
      return results.map((r) => [r.status, r.body.code]);
    };
    const known = await sequence(user.email);
    const unknown = await sequence('nobody-here@test.example');
    expect(known).toEqual([
      [401, 'invalid_credentials'],
      [401, 'invalid_credentials'],
      [401, 'invalid_credentials'],
      [429, 'too_many_attempts'],
    ]);
    expect(unknown).toEqual(known);
    const other = await makeUser(t.dataSource, 'coordinator');
    expect((await attempt(other.email, TEST_PASSWORD)).status).toBe(200);
    const [row] = await t.dataSource.query(`SELECT key FROM login_attempt WHERE key LIKE 'email:%' LIMIT 1`);
    expect(row.key).not.toContain('@');
  });

  it('ends a session after 15 idle minutes and after its absolute lifetime', async () => {
    const user = await makeUser(t.dataSource, 'coordinator');
    const login = async () => {
      const agent = request.agent(t.app.getHttpServer());
      await agent.post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
      return agent;
    };
    const idle = await login();
    await t.dataSource.query(
      `UPDATE session SET last_seen_at = now() - interval '14 minutes' WHERE user_id = $1 AND revoked_at IS NULL`,
      [user.id],
    );
    expect((await idle.get('/api/v1/me')).status).toBe(200);
    await t.dataSource.query(
      `UPDATE session SET last_seen_at = now() - interval '16 minutes' WHERE user_id = $1 AND revoked_at IS NULL`,
      [user.id],
    );
    expect((await idle.get('/api/v1/me')).status).toBe(401);

    const old = await login();
    await t.dataSource.query(
      `UPDATE session SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND revoked_at IS NULL`,
      [user.id],
    );
    expect((await old.get('/api/v1/me')).status).toBe(401);
  });
});
