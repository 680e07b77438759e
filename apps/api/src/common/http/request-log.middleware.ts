import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

/** A path segment that is a secret: an invitation token and the like (base64url, 32+), not a UUID. */
const TOKEN = /^[A-Za-z0-9_-]{32,}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The path as logged: every token-like segment (e.g. of an invitation link) replaced. */
export function loggablePath(path: string): string {
  return path
    .split('/')
    .map((segment) => (TOKEN.test(segment) && !UUID.test(segment) ? '[redacted]' : segment))
    .join('/');
}

/**
 * One line per request: method, path without the query string (a search text can hold a family
 * name) and without tokens, status and duration. No bodies, no cookies, no ids of people beyond the path.
 */
export function requestLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      logger.info(
        {
          method: req.method,
          path: loggablePath(req.path),
          status: res.statusCode,
          ms: Number((process.hrtime.bigint() - started) / 1_000_000n),
        },
        'request',
      );
    });
    next();
  };
}
