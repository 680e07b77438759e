import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { LoginResult, Me } from '@tafel/shared/contracts';
import { AuthStore } from './auth.store';

const coordinator: Me = {
  id: 'u1',
  email: 'anna@wijkteam.example',
  displayName: 'Anna de Vries',
  role: 'coordinator',
  organisation: { id: 'o1', name: 'Wijkteam Enschede' },
  permissions: ['me:read', 'case:read', 'case:handover', 'chain:record', 'dashboard:read'],
};

describe('AuthStore', () => {
  let store: AuthStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(AuthStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('starts signed out, without permissions', () => {
    expect(store.isLoggedIn()).toBe(false);
    expect(store.hasPermission('case:read')).toBe(false);
  });

  const signedIn: LoginResult = { status: 'authenticated', me: coordinator };

  it('posts the credentials on login and keeps the returned user', async () => {
    const result = store.login({ email: coordinator.email, password: 'geheim123' });
    const request = http.expectOne('/api/v1/auth/login');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ email: coordinator.email, password: 'geheim123' });
    request.flush(signedIn);

    await expect(result).resolves.toEqual(signedIn);
    expect(store.me()?.displayName).toBe('Anna de Vries');
    expect(store.isLoggedIn()).toBe(true);
    expect(store.hasPermission('case:handover')).toBe(true);
    expect(store.hasPermission('case:regie')).toBe(false);
    expect(store.homePath()).toBe('/mijn-gezinnen');
  });

  it('rejects a failed login and stays signed out', async () => {
    const result = store.login({ email: coordinator.email, password: 'fout' });
    http.expectOne('/api/v1/auth/login').flush(null, { status: 401, statusText: 'Unauthorized' });
    await expect(result).rejects.toMatchObject({ status: 401 });
    expect(store.isLoggedIn()).toBe(false);
  });

  it('stays signed out while the second factor is due, and signs in with the code', async () => {
    const result = store.login({ email: coordinator.email, password: 'geheim123' });
    http.expectOne('/api/v1/auth/login').flush({ status: 'totp_required' });
    await expect(result).resolves.toEqual({ status: 'totp_required' });
    expect(store.isLoggedIn()).toBe(false);

    const verified = store.verifySecondFactor({ code: '123456' });
    const request = http.expectOne({ method: 'POST', url: '/api/v1/auth/totp/verify' });
    expect(request.request.body).toEqual({ code: '123456' });
    request.flush(coordinator);
    await verified;
    expect(store.me()?.displayName).toBe('Anna de Vries');
  });

  it('stays signed out when the code is wrong', async () => {
    const verified = store.verifySecondFactor({ recoveryCode: 'abcde-12345' });
    http
      .expectOne('/api/v1/auth/totp/verify')
      .flush({ code: 'invalid_credentials' }, { status: 401, statusText: 'Unauthorized' });
    await expect(verified).rejects.toMatchObject({ status: 401 });
    expect(store.isLoggedIn()).toBe(false);
  });

  it('signs in when the authenticator set-up is confirmed, and hands out the recovery codes', async () => {
    const enrolment = store.startTotpEnrolment();
    http
      .expectOne({ method: 'POST', url: '/api/v1/auth/totp/enrolment' })
      .flush({ secret: 'S', otpauthUri: 'otpauth://x', qrCode: 'data:image/png;base64,AA' });
    await expect(enrolment).resolves.toMatchObject({ secret: 'S' });
    expect(store.isLoggedIn()).toBe(false);

    const confirmed = store.confirmTotpEnrolment('654321');
    const request = http.expectOne({ method: 'POST', url: '/api/v1/auth/totp/enrolment/confirm' });
    expect(request.request.body).toEqual({ code: '654321' });
    request.flush({ recoveryCodes: ['aaaaa-bbbbb'], me: coordinator });
    await expect(confirmed).resolves.toMatchObject({ recoveryCodes: ['aaaaa-bbbbb'] });
    expect(store.hasPermission('case:handover')).toBe(true);
  });

  it('signs in the new account after accepting an invitation', async () => {
    const parent: Me = { ...coordinator, role: 'parent', permissions: ['me:read', 'case:read'] };
    const accepted = store.acceptInvitation('tok/en', { password: 'een-lang-wachtwoord' });
    const request = http.expectOne({ method: 'POST', url: '/api/v1/invitations/tok%2Fen/accept' });
    expect(request.request.body).toEqual({ password: 'een-lang-wachtwoord' });
    request.flush(parent);
    await accepted;
    expect(store.me()?.role).toBe('parent');
    expect(store.homePath()).toBe('/mijn-gezin');
  });

  it('reads the login methods, and falls back on the password alone when the API cannot say', async () => {
    const methods = firstValueFrom(store.loginMethods());
    http.expectOne({ method: 'GET', url: '/api/v1/auth/methods' }).flush({ password: true, oidc: true });
    await expect(methods).resolves.toEqual({ password: true, oidc: true });

    const fallback = firstValueFrom(store.loginMethods());
    http.expectOne('/api/v1/auth/methods').flush(null, { status: 500, statusText: 'Server Error' });
    await expect(fallback).resolves.toEqual({ password: true, oidc: false });
  });

  it.each(['chair', 'secretary'] as const)('sends the %s home to their agenda', async (role) => {
    const result = store.loadMe();
    http.expectOne('/api/v1/me').flush({ ...coordinator, role, permissions: ['me:read', 'case:read'] });
    await result;
    expect(store.homePath()).toBe('/agenda');
  });

  it('sends a professional of the chain home to Mijn gezinnen (the norms their organisation must keep)', async () => {
    const result = store.loadMe();
    http.expectOne('/api/v1/me').flush({
      ...coordinator,
      role: 'professional',
      permissions: ['me:read', 'case:read', 'chain:record', 'dashboard:read'],
    });
    await result;
    expect(store.homePath()).toBe('/mijn-gezinnen');
  });

  it('sends the privacy officer home to the access log', async () => {
    const result = store.loadMe();
    http
      .expectOne('/api/v1/me')
      .flush({ ...coordinator, role: 'privacy_officer', permissions: ['me:read', 'accesslog:read'] });
    await result;
    expect(store.homePath()).toBe('/toegangslog');
  });

  it('loads the current user from /me', async () => {
    const result = store.loadMe();
    http
      .expectOne({ method: 'GET', url: '/api/v1/me' })
      .flush({ ...coordinator, role: 'auditor', permissions: ['me:read'] });
    await expect(result).resolves.toMatchObject({ role: 'auditor' });
    expect(store.homePath()).toBe('/start');
  });

  it("says whether the signed-in user is the case's coordinator, and never for nobody", async () => {
    const none = { coordinator: null };
    expect(store.coordinates(none)).toBe(false);
    expect(store.coordinates(undefined)).toBe(false);
    const result = store.loadMe();
    http.expectOne('/api/v1/me').flush(coordinator);
    await result;
    expect(store.coordinates({ coordinator: { userId: 'u1' } })).toBe(true);
    expect(store.coordinates({ coordinator: { userId: 'u2' } })).toBe(false);
    expect(store.coordinates(none)).toBe(false);
  });

  it('answers null from loadMe when nobody is signed in', async () => {
    const result = store.loadMe();
    http.expectOne('/api/v1/me').flush(null, { status: 401, statusText: 'Unauthorized' });
    await expect(result).resolves.toBeNull();
    expect(store.isLoggedIn()).toBe(false);
  });

  it('forgets the user after logout', async () => {
    const login = store.login({ email: coordinator.email, password: 'geheim123' });
    http.expectOne('/api/v1/auth/login').flush(signedIn);
    await login;

    const logout = store.logout();
    const request = http.expectOne('/api/v1/auth/logout');
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await logout;
    expect(store.isLoggedIn()).toBe(false);
  });

  it('keeps the user when logout fails on the server', async () => {
    const login = store.login({ email: coordinator.email, password: 'geheim123' });
    http.expectOne('/api/v1/auth/login').flush(signedIn);
    await login;

    const logout = store.logout();
    http.expectOne('/api/v1/auth/logout').flush(null, { status: 500, statusText: 'Server Error' });
    await expect(logout).rejects.toMatchObject({ status: 500 });
    expect(store.isLoggedIn()).toBe(true);
  });
});
