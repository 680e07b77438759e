import { createHash, randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import { InvitationEntity } from '../src/modules/invitations/invitation.entity';
import { addMember, makeCase, makeUser } from './support/factories';
import { OIDC_ISSUER_ENV, OIDC_TEST_CLIENT } from './support/oidc-provider';
import { TestApp, createTestApp } from './support/test-app';

const issuer = process.env[OIDC_ISSUER_ENV] as string;
const subject = () => `digid-${randomUUID()}`;
const START = '/api/v1/auth/oidc/start';

describe('citizen login through an OIDC broker (a real oidc-provider over HTTP)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: OIDC_TEST_CLIENT.clientId,
      OIDC_CLIENT_SECRET: OIDC_TEST_CLIENT.clientSecret,
      OIDC_REDIRECT_URI: OIDC_TEST_CLIENT.redirectUri,
    });
  });
  afterAll(() => t.close());

  /** One browser: a cookie-keeping agent for Tafel and a cookie jar for the broker. */
  class Browser {
    readonly tafel = request.agent(t.app.getHttpServer());
    private readonly brokerCookies = new Map<string, string>();

    /** GET /auth/oidc/start; returns the authorization URL Tafel redirects to. */
    async start(query = ''): Promise<URL> {
      const res = await this.tafel.get(`${START}${query}`);
      expect(res.status).toBe(302);
      return new URL(res.headers['location']);
    }

    /** Logs in at the broker as `sub` with assurance level `acr`; returns where the broker sends the browser. */
    async loginAtBroker(authorizationUrl: URL, sub: string, acr: string): Promise<URL> {
      const interaction = await this.broker(authorizationUrl);
      const login = new URL(`${interaction.pathname}/login`, issuer);
      login.search = new URLSearchParams({ sub, acr }).toString();
      const resume = await this.broker(login);
      return this.broker(resume);
    }

    callback(url: URL) {
      return this.tafel.get(`${url.pathname}${url.search}`);
    }

    async loggedInAs(): Promise<string | null> {
      const me = await this.tafel.get('/api/v1/me');
      return me.status === 200 ? me.body.id : null;
    }

    /** One request to the broker, without following the redirect; returns its Location. */
    private async broker(url: URL): Promise<URL> {
      const cookie = [...this.brokerCookies].map(([name, value]) => `${name}=${value}`).join('; ');
      const res = await fetch(url, { redirect: 'manual', headers: { cookie } });
      for (const line of res.headers.getSetCookie()) {
        const [pair] = line.split(';');
        this.brokerCookies.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
      }
      const location = res.headers.get('location');
      if (!location) throw new Error(`broker answered ${res.status} without a redirect: ${await res.text()}`);
      return new URL(location, issuer);
    }
  }

  /** The whole flow in a fresh browser; returns the browser and Tafel's answer to the callback. */
  async function login(sub: string, acr: string, query = '') {
    const browser = new Browser();
    const back = await browser.loginAtBroker(await browser.start(query), sub, acr);
    return { browser, res: await browser.callback(back) };
  }

  const sessions = async (userId: string) =>
    (await t.dataSource.query('SELECT count(*)::int AS n FROM session WHERE user_id = $1', [userId]))[0].n;

  async function expectRefused(res: request.Response, status: number, code: string, browser: Browser) {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe(code);
    expect(String(res.headers['set-cookie'])).not.toMatch(/tafel_session=[^;]/);
    expect(await browser.loggedInAs()).toBeNull();
  }

  it('logs a linked subject in at substantieel: code flow with PKCE (S256), state, nonce and acr_values', async () => {
    const sub = subject();
    const parent = await makeUser(t.dataSource, 'parent', { oidcSubject: sub });
    const browser = new Browser();
    const start = await browser.tafel.get(START);
    const authorization = new URL(start.headers['location']);
    expect(`${authorization.origin}${authorization.pathname}`).toBe(`${issuer}/auth`);
    const params = Object.fromEntries(authorization.searchParams);
    expect(params).toMatchObject({
      response_type: 'code',
      client_id: OIDC_TEST_CLIENT.clientId,
      redirect_uri: OIDC_TEST_CLIENT.redirectUri,
      scope: 'openid',
      code_challenge_method: 'S256',
      acr_values: 'substantieel',
    });
    for (const name of ['code_challenge', 'state', 'nonce']) expect(params[name]).toMatch(/^[\w-]{43}$/);
    expect(params['state']).not.toBe(params['nonce']);
    const flowCookie = String(start.headers['set-cookie']);
    expect(flowCookie).toMatch(/tafel_oidc=[^;]+; Max-Age=600; Path=\/api\/v1\/auth\/oidc\/callback;/);
    expect(flowCookie).toMatch(/HttpOnly; SameSite=Lax/);
    for (const name of ['state', 'nonce']) expect(flowCookie).not.toContain(params[name]);

    const back = await browser.loginAtBroker(authorization, sub, 'substantieel');
    expect(`${back.origin}${back.pathname}`).toBe(OIDC_TEST_CLIENT.redirectUri);
    const res = await browser.callback(back);
    expect(res.status).toBe(302);
    expect(res.headers['location']).toBe('/');
    const cookies = String(res.headers['set-cookie']);
    expect(cookies).toMatch(/tafel_session=[^;]+;.*HttpOnly; SameSite=Strict/);
    expect(cookies).toMatch(/tafel_oidc=;/);
    expect(await browser.loggedInAs()).toBe(parent.id);
  });

  it('refuses a login below the minimum assurance level (midden) without a session', async () => {
    const sub = subject();
    const parent = await makeUser(t.dataSource, 'parent', { oidcSubject: sub });
    const { browser, res } = await login(sub, 'midden');
    await expectRefused(res, 403, 'assurance_too_low', browser);
    expect(await sessions(parent.id)).toBe(0);
  });

  it('refuses a tampered state, and a callback from another browser; the flow works only once', async () => {
    const sub = subject();
    const parent = await makeUser(t.dataSource, 'parent', { oidcSubject: sub });
    const browser = new Browser();
    const back = await browser.loginAtBroker(await browser.start(), sub, 'substantieel');
    const stranger = new Browser();
    await expectRefused(await stranger.callback(back), 400, 'login_flow_invalid', stranger);
    const tampered = new URL(back);
    tampered.searchParams.set('state', randomBytes(32).toString('base64url'));
    await expectRefused(await browser.callback(tampered), 400, 'login_flow_invalid', browser);
    await expectRefused(await browser.callback(back), 400, 'login_flow_invalid', browser);
    expect(await sessions(parent.id)).toBe(0);
  });

  it('checks the nonce: a code issued for another nonce is refused', async () => {
    const sub = subject();
    const parent = await makeUser(t.dataSource, 'parent', { oidcSubject: sub });
    const browser = new Browser();
    const authorization = await browser.start();
    authorization.searchParams.set('nonce', randomBytes(32).toString('base64url'));
    const res = await browser.callback(await browser.loginAtBroker(authorization, sub, 'hoog'));
    await expectRefused(res, 400, 'login_flow_invalid', browser);
    expect(await sessions(parent.id)).toBe(0);
  });

  it('sends the PKCE verifier: a code issued for another challenge is refused', async () => {
    const sub = subject();
    await makeUser(t.dataSource, 'parent', { oidcSubject: sub });
    const browser = new Browser();
    const authorization = await browser.start();
    const otherChallenge = createHash('sha256')
      .update(randomBytes(32).toString('base64url'))
      .digest('base64url');
    authorization.searchParams.set('code_challenge', otherChallenge);
    const res = await browser.callback(await browser.loginAtBroker(authorization, sub, 'hoog'));
    await expectRefused(res, 400, 'login_flow_invalid', browser);
  });

  it('refuses an unlinked subject (403) and professionals, without a session', async () => {
    const unlinked = await login(subject(), 'hoog');
    await expectRefused(unlinked.res, 403, 'account_not_linked', unlinked.browser);
    const sub = subject();
    const coordinator = await makeUser(t.dataSource, 'coordinator', { oidcSubject: sub });
    const professional = await login(sub, 'hoog');
    await expectRefused(professional.res, 403, 'forbidden', professional.browser);
    expect(await sessions(coordinator.id)).toBe(0);
  });

  it('accepts a valid invitation for an unlinked subject: account created and linked, session', async () => {
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const theCase = await makeCase(t.dataSource, coordinator);
    const member = await addMember(t.dataSource, theCase.id, 'parent');
    const token = randomBytes(32).toString('base64url');
    const email = `digid.${randomUUID().slice(0, 8)}@example.nl`;
    await t.dataSource.getRepository(InvitationEntity).insert({
      tokenHash: createHash('sha256').update(token).digest('hex'),
      memberId: member.id,
      email,
      role: 'parent',
      invitedById: coordinator.id,
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    const sub = subject();
    const { browser, res } = await login(sub, 'hoog', `?invitation=${token}`);
    expect(res.status).toBe(302);
    const userId = await browser.loggedInAs();
    const me = (await browser.tafel.get('/api/v1/me')).body;
    expect(me).toMatchObject({ id: userId, email, role: 'parent', organisation: null });
    const [user] = await t.dataSource.query(
      'SELECT oidc_subject, password_hash FROM app_user WHERE id = $1',
      [userId],
    );
    expect(user).toEqual({ oidc_subject: sub, password_hash: null });
    const [linked] = await t.dataSource.query('SELECT user_id FROM case_member WHERE id = $1', [member.id]);
    expect(linked.user_id).toBe(userId);
    expect((await browser.tafel.get('/api/v1/cases')).body.items.map((c: { id: string }) => c.id)).toEqual([
      theCase.id,
    ]);
    expect((await request(t.app.getHttpServer()).get(`/api/v1/invitations/${token}`)).status).toBe(404);

    const again = await login(sub, 'substantieel');
    expect(again.res.status).toBe(302);
    expect(await again.browser.loggedInAs()).toBe(userId);
  });

  it('checks an invitation before going to the broker, and is off without OIDC_ISSUER', async () => {
    const http = request(t.app.getHttpServer());
    const unknown = await http.get(`${START}?invitation=${randomBytes(32).toString('base64url')}`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers['set-cookie']).toBeUndefined();
    expect((await http.get(`${START}?invitation=not-a-token`)).status).toBe(400);
    expect((await http.get(`${START}?next=/elsewhere`)).status).toBe(400);

    const off = await createTestApp();
    try {
      expect((await request(off.app.getHttpServer()).get(START)).status).toBe(404);
      expect((await request(off.app.getHttpServer()).get('/api/v1/auth/oidc/callback')).status).toBe(404);
    } finally {
      await off.close();
    }
  });
});
