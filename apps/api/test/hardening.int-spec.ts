import { INestApplication } from '@nestjs/common';
import { Writable } from 'node:stream';
import request from 'supertest';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/app-config';
import { TEST_PASSWORD, makeCase, makeUser } from './support/factories';
import { TestApp, createTestApp, loginAs } from './support/test-app';
import { testDatabaseUrl } from '@tafel/api/testing';

describe('hardening', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      CORS_ORIGINS: 'https://portaal.twente.example',
      APP_URL: 'https://tafel.twente.example',
    });
  });
  afterAll(() => t.close());

  it('refuses state changes from another site (CSRF), but not from the app itself', async () => {
    const user = await makeUser(t.dataSource, 'coordinator');
    const agent = await loginAs(t.app, user.email, TEST_PASSWORD);
    const body = { familyName: 'Nieuw', gemeente: 'Borne' };
    const evil = await agent.post('/api/v1/cases').set('Origin', 'https://evil.example').send(body);
    expect(evil.status).toBe(403);
    expect(evil.headers['content-type']).toMatch(/^application\/problem\+json/);
    const crossSite = await agent.post('/api/v1/cases').set('Sec-Fetch-Site', 'cross-site').send(body);
    expect(crossSite.status).toBe(403);
    const own = await agent.post('/api/v1/cases').set('Origin', 'https://tafel.twente.example').send(body);
    expect(own.status).toBe(201);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM family_case WHERE family_name = 'Nieuw'`,
    );
    expect(n).toBe(1);
  });

  it('allows only the configured origins through CORS', async () => {
    const http = request(t.app.getHttpServer());
    const allowed = await http
      .options('/api/v1/cases')
      .set('Origin', 'https://portaal.twente.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://portaal.twente.example');
    expect(allowed.headers['access-control-allow-credentials']).toBe('true');
    const other = await http
      .options('/api/v1/cases')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses an Origin outside the allow-list even when it equals the Host header the client sent', async () => {
    const user = await makeUser(t.dataSource, 'coordinator');
    const agent = await loginAs(t.app, user.email, TEST_PASSWORD);
    const spoofed = await agent
      .post('/api/v1/cases')
      .set('Host', 'evil.example')
      .set('Origin', 'http://evil.example')
      .send({ familyName: 'Gespoofd', gemeente: 'Borne' });
    expect(spoofed.status).toBe(403);
    const portal = await agent
      .post('/api/v1/cases')
      .set('Origin', 'https://portaal.twente.example')
      .send({ familyName: 'Portaal', gemeente: 'Borne' });
    expect(portal.status).toBe(201);
  });

  it('keeps API answers out of caches, out of frames and away from device features', async () => {
    const user = await makeUser(t.dataSource, 'coordinator');
    const agent = await loginAs(t.app, user.email, TEST_PASSWORD);
    for (const res of [await agent.get('/api/v1/cases'), await agent.get('/api/v1/nothing-here')]) {
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
      expect(String(res.headers['permissions-policy'])).toMatch(/camera=\(\).*geolocation=\(\)/);
    }
  });

  it('sends a strict Content-Security-Policy without inline script', async () => {
    const res = await request(t.app.getHttpServer()).get('/api/v1/health');
    const csp = String(res.headers['content-security-policy']);
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).toBe("'self'");
    expect(csp).toContain("script-src-attr 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('the session cookie over https (behind a trusted proxy)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: 'loopback', APP_URL: 'https://tafel.twente.example' });
  });
  afterAll(() => t.close());

  const login = async (proto?: string) => {
    const user = await makeUser(t.dataSource, 'coordinator');
    const req = request(t.app.getHttpServer()).post('/api/v1/auth/login');
    if (proto) req.set('X-Forwarded-Proto', proto);
    const res = await req.send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    return String(res.headers['set-cookie']);
  };

  it('is __Host- prefixed and Secure over https, and only that name counts there', async () => {
    const cookie = await login('https');
    expect(cookie).toMatch(/^__Host-tafel_session=[^;]+; .*Path=\/; .*HttpOnly; Secure; SameSite=Strict/);
    expect(cookie).not.toMatch(/Domain=/i);
    const token = /__Host-tafel_session=([^;]+)/.exec(cookie)?.[1] ?? 'missing';
    const http = () => request(t.app.getHttpServer()).get('/api/v1/me').set('X-Forwarded-Proto', 'https');
    expect((await http().set('Cookie', `__Host-tafel_session=${token}`)).status).toBe(200);
    expect((await http().set('Cookie', `tafel_session=${token}`)).status).toBe(401);
  });

  it('is the plain name without Secure over http (the demo on localhost)', async () => {
    const cookie = await login();
    expect(cookie).toMatch(/^tafel_session=/);
    expect(cookie).not.toMatch(/Secure/);
  });
});

describe('structured logs', () => {
  let app: INestApplication;
  const lines: string[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    const config = loadConfig({ NODE_ENV: 'test', WEB_ROOT: '', JOB_POLL_MS: '0', LOG_LEVEL: 'info' });
    app = await createApp(config, testDatabaseUrl(), sink);
    await app.init();
  });
  afterAll(() => app.close());

  it('write JSON lines without passwords, session cookies, search texts or case content', async () => {
    const { DataSource } = await import('typeorm');
    const ds = app.get(DataSource);
    const user = await makeUser(ds, 'coordinator');
    await makeCase(ds, user, { familyName: 'Vertrouwelijk' });
    const agent = request.agent(app.getHttpServer());
    const login = await agent.post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD });
    const token = /tafel_session=([^;]+)/.exec(String(login.headers['set-cookie']))?.[1] ?? 'missing';
    await agent.get('/api/v1/cases?q=Vertrouwelijk').expect(200);
    await agent.post('/api/v1/cases').send({ familyName: 42 }).expect(400);
    const invitationToken = 'Q'.repeat(20) + 'x_-'.repeat(8);
    await request(app.getHttpServer()).get(`/api/v1/invitations/${invitationToken}`).expect(404);
    await request(app.getHttpServer())
      .post('/api/v1/auth/login')
      .set('content-type', 'application/json')
      .send(`{"email":"a@b.nl","password":"${TEST_PASSWORD}" oops`)
      .expect(400)
      .expect((res) => expect(res.text).not.toContain(TEST_PASSWORD));

    const parsed = lines.map((l) => JSON.parse(l) as { msg: string; path?: string; status?: number });
    expect(parsed.some((l) => l.msg === 'request' && l.path === '/api/v1/cases' && l.status === 200)).toBe(
      true,
    );
    const all = lines.join('\n');
    expect(all).not.toContain(TEST_PASSWORD);
    expect(all).not.toContain(token);
    expect(all).not.toContain(invitationToken);
    expect(parsed.some((l) => l.path === '/api/v1/invitations/[redacted]')).toBe(true);
    expect(all).not.toContain('Vertrouwelijk');
    expect(all).not.toMatch(/\n\s+at /);
  });
});
