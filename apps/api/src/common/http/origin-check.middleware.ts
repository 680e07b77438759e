import type { NextFunction, Request, Response } from 'express';
import { problem } from '../problem/problem';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for cookie-authenticated state changes (on top of SameSite=Strict): a browser
 * request from another origin is refused. Browsers always send Origin (or Sec-Fetch-Site) on such
 * requests; clients without them (curl, server to server) carry no ambient cookie risk.
 */
export function originCheck(allowedOrigins: string[]) {
  const allowed = new Set(allowedOrigins);
  return (req: Request, res: Response, next: NextFunction): void => {
    if (SAFE.has(req.method)) return next();
    const origin = req.get('origin');
    const site = req.get('sec-fetch-site');
    const sameHost = origin !== undefined && origin === `${req.protocol}://${req.get('host')}`;
    const refused = origin !== undefined ? !sameHost && !allowed.has(origin) : site === 'cross-site';
    if (!refused) return next();
    res
      .status(403)
      .type('application/problem+json')
      .json(problem('forbidden', 'Requests from another site are refused'));
  };
}
