import { PLATFORM_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Route, Router, UrlSegment, UrlTree } from '@angular/router';
import { AuthStore } from './auth.store';
import { authGuard, permissionGuard, roleGuard } from './auth.guard';

describe('auth guards', () => {
  const auth = {
    isLoggedIn: jest.fn(),
    loadMe: jest.fn(),
    hasPermission: jest.fn(),
    homePath: jest.fn(),
    me: jest.fn(),
  };
  const segments = [new UrlSegment('gezinnen', {}), new UrlSegment('c1', {})];

  beforeEach(() => {
    jest.resetAllMocks();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: AuthStore, useValue: auth }],
    });
  });

  const serialize = (result: unknown) => TestBed.inject(Router).serializeUrl(result as UrlTree);

  it('lets a signed-in user through without asking the API', async () => {
    auth.isLoggedIn.mockReturnValue(true);
    const result = await TestBed.runInInjectionContext(() => authGuard({} as Route, segments));
    expect(result).toBe(true);
    expect(auth.loadMe).not.toHaveBeenCalled();
  });

  it('sends an unknown visitor to /login and remembers the deep link', async () => {
    auth.isLoggedIn.mockReturnValue(false);
    auth.loadMe.mockResolvedValue(null);
    const result = await TestBed.runInInjectionContext(() => authGuard({} as Route, segments));
    expect(serialize(result)).toBe('/login?terug=%2Fgezinnen%2Fc1');
  });

  it('sends a user without the permission to their home page', () => {
    auth.hasPermission.mockReturnValue(false);
    auth.homePath.mockReturnValue('/start');
    const result = TestBed.runInInjectionContext(() => permissionGuard('case:read')({} as Route, segments));
    expect(serialize(result)).toBe('/start');
    expect(auth.hasPermission).toHaveBeenCalledWith('case:read');
  });

  it('lets a user through who holds any one of the permissions', () => {
    auth.hasPermission.mockImplementation((permission: string) => permission === 'tafel:record');
    const result = TestBed.runInInjectionContext(() =>
      permissionGuard('tafel:request', 'tafel:record')({} as Route, segments),
    );
    expect(result).toBe(true);
  });

  it('lets only the named roles through, and sends others home', () => {
    auth.homePath.mockReturnValue('/gezinnen');
    auth.me.mockReturnValue({ role: 'child' });
    expect(TestBed.runInInjectionContext(() => roleGuard('parent', 'child')({} as Route, segments))).toBe(
      true,
    );
    auth.me.mockReturnValue({ role: 'coordinator' });
    const result = TestBed.runInInjectionContext(() => roleGuard('parent', 'child')({} as Route, segments));
    expect(serialize(result)).toBe('/gezinnen');
  });

  it('lets the prerendered frame of a page through without a session or the API', async () => {
    TestBed.overrideProvider(PLATFORM_ID, { useValue: 'server' });
    const route = {} as Route;
    expect(await TestBed.runInInjectionContext(() => authGuard(route, segments))).toBe(true);
    expect(TestBed.runInInjectionContext(() => permissionGuard('case:read')(route, segments))).toBe(true);
    expect(TestBed.runInInjectionContext(() => roleGuard('parent')(route, segments))).toBe(true);
    expect(auth.isLoggedIn).not.toHaveBeenCalled();
    expect(auth.loadMe).not.toHaveBeenCalled();
    expect(auth.hasPermission).not.toHaveBeenCalled();
  });
});
