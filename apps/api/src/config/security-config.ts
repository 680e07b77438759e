import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import { ConfigError } from './config-error';

const KEY_BYTES = 32;
/** Outside production, without TOTP_ENCRYPTION_KEY: a fixed key (the demo and test data are not secret). */
const DEVELOPMENT_TOTP_KEY = createHash('sha256').update('tafel-development-totp-key').digest();
/** Express's names for address ranges, besides addresses and CIDRs. */
const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * The AES-256 key for TOTP secrets at rest: 32 random bytes as base64 or 64 hex digits. Required in
 * production, where the development key and low-entropy keys (e.g. one byte repeated) are refused.
 */
export function totpEncryptionKey(value: string | undefined, production: boolean): Buffer {
  if (!value) {
    if (production) throw new ConfigError('TOTP_ENCRYPTION_KEY is required in production');
    return DEVELOPMENT_TOTP_KEY;
  }
  const key = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  const distinct = new Set(key).size;
  const weak = distinct < KEY_BYTES / 2 || key.equals(DEVELOPMENT_TOTP_KEY);
  if (key.length !== KEY_BYTES || (production && weak)) {
    throw new ConfigError(
      'TOTP_ENCRYPTION_KEY must be 32 random bytes, base64 or hex (e.g. `openssl rand -base64 32`)',
    );
  }
  return key;
}

/**
 * The proxies whose `X-Forwarded-For` / `X-Forwarded-Proto` are believed (Express `trust proxy`):
 * addresses, CIDRs or `loopback` / `linklocal` / `uniquelocal`, comma-separated. Empty: none, and the
 * client address is the TCP peer.
 */
export function trustedProxies(value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, bits, extra] = entry.split('/');
    const version = isIP(address ?? '');
    const validBits =
      bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (version === 6 ? 128 : 32));
    const valid = PROXY_NAMES.includes(entry) || (version !== 0 && validBits && extra === undefined);
    if (!valid) throw new ConfigError(`TRUST_PROXY: '${entry}' is not an address, CIDR or range name`);
  }
  return entries;
}
