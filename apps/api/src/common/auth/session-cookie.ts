import type { CookieOptions, Request, Response } from 'express';
import { SESSION_COOKIE } from '@tafel/shared/contracts';
import type { SessionMeta } from '../../modules/auth/session.service';

/** The session cookie (ADR 0001): httpOnly, SameSite=Strict, Secure behind TLS, for the whole site. */
function sessionCookieOptions(req: Request): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' };
}

/** Hands the browser a new session token; every way of logging in ends here. */
export function setSessionCookie(req: Request, res: Response, token: string, maxAgeMs: number): void {
  res.cookie(SESSION_COOKIE, token, { ...sessionCookieOptions(req), maxAge: maxAgeMs });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, sessionCookieOptions(req));
}

/** Where a session was started from, as kept with the session. */
export function sessionMeta(req: Request): SessionMeta {
  return { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null };
}
