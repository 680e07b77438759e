import type { NextFunction, Request, Response } from 'express';
import { API_PREFIX } from '@tafel/shared/contracts';

/**
 * Browser features Tafel never uses, switched off for every page and answer. Only features Chromium
 * knows: an unknown one (e.g. `bluetooth`) logs an error in the console of every page.
 */
const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'browsing-topics=()',
].join(', ');

/**
 * Headers helmet does not set: a Permissions-Policy everywhere, and `Cache-Control: no-store` on
 * every API answer — they carry client data, which no browser or proxy cache may keep.
 */
export function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
  if (req.path === `/${API_PREFIX}` || req.path.startsWith(`/${API_PREFIX}/`)) {
    res.setHeader('Cache-Control', 'no-store');
  }
  next();
}
