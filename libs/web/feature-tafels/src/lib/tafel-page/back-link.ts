import { PATHS } from '@tafel/web/core';

/**
 * The tafel page's way back: to the family when the reader opened the tafel from its case pages
 * (`previousUrl`, the page before this one in the app), otherwise to "Mijn tafels" — named as a
 * place to go, not as "terug", because the reader may have come from anywhere (a mail, the dashboard).
 */
export function backLink(previousUrl: string | null, caseId: string): { path: string; toCase: boolean } {
  const casePath = `${PATHS.cases}/${caseId}`;
  const rest = previousUrl?.startsWith(casePath) ? previousUrl.slice(casePath.length) : null;
  const fromCase = rest !== null && (rest === '' || ['/', '?', '#'].includes(rest[0]));
  return fromCase ? { path: casePath, toCase: true } : { path: PATHS.tafels, toCase: false };
}
