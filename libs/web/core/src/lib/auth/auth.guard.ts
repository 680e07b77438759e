import { inject } from '@angular/core';
import { CanMatchFn, Router, UrlSegment } from '@angular/router';
import { Permission } from '@tafel/shared/contracts';
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

/** Matches only when the signed-in user holds the permission; otherwise sends them to their home page. */
export function permissionGuard(permission: Permission): CanMatchFn {
  return () => {
    const auth = inject(AuthStore);
    return auth.hasPermission(permission) || inject(Router).parseUrl(auth.homePath());
  };
}
