import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthStore } from '../auth/auth.store';
import { SessionWatch } from '../auth/session-watch';
import { isProblemDetails } from '../errors/problem-message';
import { API_ROUTES } from '@tafel/shared/contracts';
import { apiUrl, isSignInUrl, PATHS, RETURN_PARAM } from '../paths';
import { FormDrafts } from './form-drafts';

/**
 * Calls whose 401 is an answer rather than an expired session: a wrong password, and the
 * "who am I" probe that authGuard makes (the guard redirects itself and keeps the deep link).
 */
const OWN_401_HANDLING = [apiUrl(API_ROUTES.login), apiUrl(API_ROUTES.me)];

/** A wrong password, code or recovery code: the session (if any) is still there. */
function isWrongCredentials(error: HttpErrorResponse): boolean {
  return isProblemDetails(error.error) && error.error.code === 'invalid_credentials';
}

/**
 * When the session has expired (401), forget the user and send them to the login page, keeping the
 * page to return to and what its fields held (FormDrafts).
 */
export const unauthorizedInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  const drafts = inject(FormDrafts);
  const watch = inject(SessionWatch);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        !OWN_401_HANDLING.includes(request.url) &&
        !isWrongCredentials(error)
      ) {
        auth.clear();
        watch.stop();
        const current = router.url;
        if (!isSignInUrl(current)) drafts.keep(current);
        const queryParams = isSignInUrl(current) ? {} : { [RETURN_PARAM]: current };
        void router.navigate([PATHS.login], { queryParams });
      }
      return throwError(() => error);
    }),
  );
};
