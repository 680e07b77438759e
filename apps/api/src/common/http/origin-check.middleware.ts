import type { NextFunction, Request, Response } from 'express';
import { problem } from '../problem/problem';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for cookie-authenticated state changes (on top of SameSite=Strict): a browser
 * request from an origin outside the allow-list (APP_URL's origin and CORS_ORIGINS) is refused. Browsers always send Origin (or Sec-Fetch-Site) on such
 * requests; clients without them (curl, server to server) carry no ambient cookie risk.
 */
export function originCheck(allowedOrigins: string[]) {
  const allowed = new Set(allowedOrigins);
  return (req: Request, res: Response, next: NextFunction): void => {
    if (SAFE.has(req.method)) return next();
    const origin = req.get('origin');
    const site = req.get('sec-fetch-site');
    // Only the allow-list counts, never the request's own Host header (which a client chooses).
    const refused = origin !== undefined ? !allowed.has(origin) : site === 'cross-site';
    if (!refused) return next();
    res
      .status(403)
      .type('application/problem+json')
      .json(problem('forbidden', 'Requests from another site are refused'));
  };
}
