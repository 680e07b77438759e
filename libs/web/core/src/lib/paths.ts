import { API_PREFIX } from '@tafel/shared/contracts';

/** Router paths that more than one part of the web app needs to know. */
export const PATHS = {
  login: '/login',
  cases: '/gezinnen',
  start: '/start',
  tafels: '/tafels',
  newTafel: '/tafels/nieuw',
  agenda: '/agenda',
  myTafel: '/mijn-tafel',
} as const;

/** Query parameter on /tafels/nieuw that names the family (case id) the tafel is requested for. */
export const CASE_PARAM = 'gezin';

/** Query parameter on /login that holds the page to return to after signing in. */
export const RETURN_PARAM = 'terug';

/** Relative URL of an API resource, e.g. apiUrl('cases') → '/api/v1/cases'. */
export function apiUrl(path: string): string {
  return `/${API_PREFIX}/${path}`;
}

/** Only same-app paths are valid return targets (no '//host' or 'https:' open redirects). */
export function safeReturnUrl(value: string | null | undefined): string | null {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : null;
}
