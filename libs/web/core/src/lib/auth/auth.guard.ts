import { inject } from '@angular/core';
import { CanMatchFn, Router, UrlSegment } from '@angular/router';
import { Permission, Role } from '@tafel/shared/contracts';
import { PATHS, RETURN_PARAM } from '../paths';
import { AuthStore } from './auth.store';

/** Lets signed-in users through; others go to /login, remembering the page they asked for. */
export const authGuard: CanMatchFn = async (_route, segments: UrlSegment[]) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  if (auth.isLoggedIn() || (await auth.loadMe())) return true;
  const asked = '/' + segments.map((segment) => segment.path).join('/');
  const queryParams = asked === '/' ? {} : { [RETURN_PARAM]: asked };
  return router.createUrlTree([PATHS.login], { queryParams });
};

/** Matches only when the signed-in user holds one of the permissions; otherwise sends them to their home page. */
export function permissionGuard(...permissions: Permission[]): CanMatchFn {
  return () => {
    const auth = inject(AuthStore);
    return permissions.some((p) => auth.hasPermission(p)) || inject(Router).parseUrl(auth.homePath());
  };
}

/** Matches only for users with one of the roles; otherwise sends them to their home page. */
export function roleGuard(...roles: Role[]): CanMatchFn {
  return () => {
    const auth = inject(AuthStore);
    const role = auth.me()?.role;
    return (role !== undefined && roles.includes(role)) || inject(Router).parseUrl(auth.homePath());
  };
}
