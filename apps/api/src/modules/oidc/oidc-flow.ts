import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { CookieOptions, Request } from 'express';

/** What the callback must match, kept only in the browser that started the login — sealed. */
export interface OidcFlow {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** SHA-256 of the invitation token this login may accept, when it started from an invitation. */
  invitationHash: string | null;
  /** Epoch milliseconds; a later callback is refused. */
  expiresAt: number;
}

export const OIDC_FLOW_COOKIE = 'tafel_oidc';
/** A login at the broker must be finished within this time. */
export const OIDC_FLOW_TTL_MS = 10 * 60_000;
const IV = 12;
const TAG = 16;

const random = () => randomBytes(32).toString('base64url');

export function newFlow(invitationHash: string | null, now = Date.now()): OidcFlow {
  return {
    state: random(),
    nonce: random(),
    codeVerifier: random(),
    invitationHash,
    expiresAt: now + OIDC_FLOW_TTL_MS,
  };
}

/** AES-256-GCM under a key derived from SESSION_SECRET: unreadable and tamper-evident in the browser. */
function key(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'tafel', 'oidc-flow-cookie', 32));
}

export function sealFlow(flow: OidcFlow, secret: string): string {
  const iv = randomBytes(IV);
  const cipher = createCipheriv('aes-256-gcm', key(secret), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(flow), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The flow in a cookie, or null when it is missing, tampered with or expired. */
export function openFlow(sealed: string | undefined, secret: string, now = Date.now()): OidcFlow | null {
  if (!sealed) return null;
  try {
    const raw = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key(secret), raw.subarray(0, IV));
    decipher.setAuthTag(raw.subarray(IV, IV + TAG));
    const text = Buffer.concat([decipher.update(raw.subarray(IV + TAG)), decipher.final()]).toString('utf8');
    const flow = JSON.parse(text) as OidcFlow;
    return flow.expiresAt > now ? flow : null;
  } catch {
    return null;
  }
}

export function sameState(received: string | null, expected: string): boolean {
  const a = Buffer.from(received ?? '');
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Sent only to the callback path. SameSite=Lax, not Strict: the callback is a top-level navigation
 * coming from the broker's site, on which a Strict cookie would not be sent.
 */
export function flowCookieOptions(req: Request, redirectUri: string): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: req.secure, path: new URL(redirectUri).pathname };
}
