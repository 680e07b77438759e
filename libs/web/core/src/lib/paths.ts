import {
  API_PREFIX,
  API_ROUTES,
  apiPath,
  ApiRoute,
  INVITATION_WEB_PATH,
  RouteParamName,
  RouteParams,
} from '@tafel/shared/contracts';

/** Router paths that more than one part of the web app needs to know. */
export const PATHS = {
  login: '/login',
  twoFactorSetup: '/tweestapsverificatie',
  invitation: `/${INVITATION_WEB_PATH}`,
  cases: '/gezinnen',
  myFamilies: '/mijn-gezinnen',
  start: '/start',
  tafels: '/tafels',
  newTafel: '/tafels/nieuw',
  agenda: '/agenda',
  myTafel: '/mijn-tafel',
  myFamily: '/mijn-gezin',
  /** Where a parent writes the family's part of the plan's draft (family regie). */
  myFamilyPlan: '/mijn-gezin/plan',
  fileViewings: '/wie-keek',
  accessLog: '/toegangslog',
  monitor: '/monitor',
  admin: '/beheer',
} as const;

/** Pages a visitor sees while signing in; a session that ends there needs no way back. */
export const SIGN_IN_PATHS: readonly string[] = [PATHS.login, PATHS.twoFactorSetup, PATHS.invitation];

/** Query parameter on /tafels/nieuw that names the family (case id) the tafel is requested for. */
export const CASE_PARAM = 'gezin';

/** Query parameter on /login that holds the page to return to after signing in. */
export const RETURN_PARAM = 'terug';

/**
 * Relative URL of an API route with its parameters filled in:
 * apiUrl(API_ROUTES.case, { id }) → '/api/v1/cases/4f0c…'.
 */
export function apiUrl<T extends ApiRoute>(
  route: T,
  ...params: RouteParamName<T> extends never ? [] : [RouteParams<T>]
): string {
  return `/${API_PREFIX}/${apiPath(route, ...params)}`;
}

/**
 * Where "Inloggen met DigiD" starts: a full-page navigation to the API, which sends the browser on
 * to the broker. With an invitation token the new account is linked to the DigiD login.
 */
export function oidcStartUrl(invitation?: string): string {
  const url = apiUrl(API_ROUTES.oidcStart);
  return invitation ? `${url}?invitation=${encodeURIComponent(invitation)}` : url;
}

/** Only same-app paths are valid return targets (no '//host' or 'https:' open redirects). */
export function safeReturnUrl(value: string | null | undefined): string | null {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : null;
}

/** True when the URL (path, optionally with query) is one of the sign-in pages. */
export function isSignInUrl(url: string): boolean {
  const path = url.split(/[?#]/)[0];
  return SIGN_IN_PATHS.some((page) => path === page || path.startsWith(`${page}/`));
}
