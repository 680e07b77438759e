import type { CookieOptions, Request, Response } from 'express';
import { SESSION_COOKIE } from '@tafel/shared/contracts';
import type { SessionMeta } from './session.service';

/**
 * Over https the cookie carries the `__Host-` prefix: the browser then only accepts it Secure, from
 * this host, for path `/` — a sibling subdomain cannot plant or overwrite it.
 */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

const cookieName = (req: Request) => (req.secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE);

/** The session cookie (ADR 0001): httpOnly, SameSite=Strict, Secure behind TLS, for the whole site. */
function sessionCookieOptions(req: Request): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' };
}

/** Hands the browser a new session token; every way of logging in ends here. */
export function setSessionCookie(req: Request, res: Response, token: string, maxAgeMs: number): void {
  res.cookie(cookieName(req), token, { ...sessionCookieOptions(req), maxAge: maxAgeMs });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(cookieName(req), sessionCookieOptions(req));
}

/** Where a session was started from, as kept with the session. */
export function sessionMeta(req: Request): SessionMeta {
  return { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null };
}

/**
 * The session token in a raw `Cookie` header (HTTP request or socket.io handshake). The `__Host-`
 * cookie wins; over https (`secure`) only that one counts, so a cookie planted under the plain name
 * by a sibling subdomain is ignored.
 */
export function sessionTokenFrom(cookieHeader: string | undefined, secure: boolean): string | null {
  const cookies = new Map<string, string>();
  for (const part of (cookieHeader ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    if (!cookies.has(name)) cookies.set(name, part.slice(at + 1).trim());
  }
  const raw = cookies.get(SECURE_SESSION_COOKIE) ?? (secure ? undefined : cookies.get(SESSION_COOKIE));
  // Tokens are base64url: anything else (quotes, escapes) is no session of ours.
  return raw && /^[A-Za-z0-9_-]{20,100}$/.test(raw) ? raw : null;
}
