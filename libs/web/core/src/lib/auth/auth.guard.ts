import { inject } from '@angular/core';
import { CanMatchFn, Router, UrlSegment } from '@angular/router';
import { Permission, Role } from '@tafel/shared/contracts';
import { PATHS, RETURN_PARAM } from '../paths';
import { prerendering } from '../rendering/prerender';
import { AuthStore } from './auth.store';

/**
 * Lets signed-in users through; others go to /login, remembering the page they asked for. While the
 * build prerenders a page's frame there is no session to ask about: the frame is let through.
 */
export const authGuard: CanMatchFn = async (_route, segments: UrlSegment[]) => {
  if (prerendering()) return true;
  const auth = inject(AuthStore);
  const router = inject(Router);
  if (auth.isLoggedIn() || (await auth.loadMe())) return true;
  const asked = '/' + segments.map((segment) => segment.path).join('/');
  const queryParams = asked === '/' ? {} : { [RETURN_PARAM]: asked };
  return router.createUrlTree([PATHS.login], { queryParams });
};

/** Matches only when the signed-in user holds one of the permissions; otherwise sends them to their home page (a prerendered frame: always). */
export function permissionGuard(...permissions: Permission[]): CanMatchFn {
  return () => {
    if (prerendering()) return true;
    const auth = inject(AuthStore);
    return permissions.some((p) => auth.hasPermission(p)) || inject(Router).parseUrl(auth.homePath());
  };
}

/** Matches only for users with one of the roles; otherwise sends them to their home page (a prerendered frame: always). */
export function roleGuard(...roles: Role[]): CanMatchFn {
  return () => {
    if (prerendering()) return true;
    const auth = inject(AuthStore);
    const role = auth.me()?.role;
    return (role !== undefined && roles.includes(role)) || inject(Router).parseUrl(auth.homePath());
  };
}
