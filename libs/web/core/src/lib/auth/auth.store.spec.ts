import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Me } from '@tafel/shared/contracts';
import { AuthStore } from './auth.store';

const coordinator: Me = {
  id: 'u1',
  email: 'anna@wijkteam.example',
  displayName: 'Anna de Vries',
  role: 'coordinator',
  organisation: { id: 'o1', name: 'Wijkteam Enschede' },
  permissions: ['me:read', 'case:read', 'case:handover'],
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

  it('posts the credentials on login and keeps the returned user', async () => {
    const result = store.login({ email: coordinator.email, password: 'geheim123' });
    const request = http.expectOne('/api/v1/auth/login');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ email: coordinator.email, password: 'geheim123' });
    request.flush(coordinator);

    await expect(result).resolves.toEqual(coordinator);
    expect(store.me()?.displayName).toBe('Anna de Vries');
    expect(store.isLoggedIn()).toBe(true);
    expect(store.hasPermission('case:handover')).toBe(true);
    expect(store.hasPermission('case:regie')).toBe(false);
    expect(store.homePath()).toBe('/gezinnen');
  });

  it('rejects a failed login and stays signed out', async () => {
    const result = store.login({ email: coordinator.email, password: 'fout' });
    http.expectOne('/api/v1/auth/login').flush(null, { status: 401, statusText: 'Unauthorized' });
    await expect(result).rejects.toMatchObject({ status: 401 });
    expect(store.isLoggedIn()).toBe(false);
  });

  it('loads the current user from /me', async () => {
    const result = store.loadMe();
    http
      .expectOne({ method: 'GET', url: '/api/v1/me' })
      .flush({ ...coordinator, role: 'auditor', permissions: ['me:read'] });
    await expect(result).resolves.toMatchObject({ role: 'auditor' });
    expect(store.homePath()).toBe('/start');
  });

  it('answers null from loadMe when nobody is signed in', async () => {
    const result = store.loadMe();
    http.expectOne('/api/v1/me').flush(null, { status: 401, statusText: 'Unauthorized' });
    await expect(result).resolves.toBeNull();
    expect(store.isLoggedIn()).toBe(false);
  });

  it('forgets the user after logout', async () => {
    const login = store.login({ email: coordinator.email, password: 'geheim123' });
    http.expectOne('/api/v1/auth/login').flush(coordinator);
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
    http.expectOne('/api/v1/auth/login').flush(coordinator);
    await login;

    const logout = store.logout();
    http.expectOne('/api/v1/auth/logout').flush(null, { status: 500, statusText: 'Server Error' });
    await expect(logout).rejects.toMatchObject({ status: 500 });
    expect(store.isLoggedIn()).toBe(true);
  });
});
