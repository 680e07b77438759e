import request from 'supertest';
import { TEST_PASSWORD, makeUser } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';

describe('authentication and the deny-by-default guard', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('logs in with a revocable, httpOnly, SameSite session cookie', async () => {
    const user = await makeUser(t.dataSource, 'coordinator');
    const agent = request.agent(t.app.getHttpServer());
    const login = await agent
      .post('/api/v1/auth/login')
      .send({ email: user.email.toUpperCase(), password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ status: 'authenticated', me: { id: user.id, role: 'coordinator' } });
    expect(JSON.stringify(login.body)).not.toMatch(/passwordHash|totp/i);
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/tafel_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect((await agent.get('/api/v1/me')).body.email).toBe(user.email);

    const token = /tafel_session=([^;]+)/.exec(cookie)?.[1];
    const [stored] = await t.dataSource.query('SELECT token_hash FROM session WHERE user_id = $1', [user.id]);
    expect(stored.token_hash).not.toContain(token);

    expect((await agent.post('/api/v1/auth/logout')).status).toBe(204);
    const replay = await request(t.app.getHttpServer())
      .get('/api/v1/me')
      .set('Cookie', `tafel_session=${token}`);
    expect(replay.status).toBe(401);
  });

  it('gives one answer for a wrong password and an unknown e-mail', async () => {
    const user = await makeUser(t.dataSource, 'coordinator');
    const http = request(t.app.getHttpServer());
    const wrong = await http
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: 'wrong-password' });
    const unknown = await http
      .post('/api/v1/auth/login')
      .send({ email: 'nobody@test.example', password: 'x' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('ends the sessions of a deactivated user at once', async () => {
    const user = await makeUser(t.dataSource, 'coordinator');
    const agent = request.agent(t.app.getHttpServer());
    await agent.post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    await t.dataSource.query('UPDATE app_user SET active = false WHERE id = $1', [user.id]);
    expect((await agent.get('/api/v1/me')).status).toBe(401);
  });

  it('tells the login page which ways to log in exist', async () => {
    const res = await request(t.app.getHttpServer()).get('/api/v1/auth/methods');
    expect(res.body).toEqual({ password: true, oidc: false });
  });

  it('serves health and OpenAPI publicly, with an API-Version header', async () => {
    const http = request(t.app.getHttpServer());
    const health = await http.get('/api/v1/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok', database: 'up' });
    expect(health.headers['api-version']).toBe('1.0.0');
    const openapi = await http.get('/api/v1/openapi.json');
    expect(openapi.body.openapi).toMatch(/^3\./);
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining(['/cases', '/cases/{id}/coordinator', '/auth/login']),
    );
  });
});
