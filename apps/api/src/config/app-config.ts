import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import {
  API_PREFIX,
  DEFAULT_REQUIRED_ROLES,
  MOMENT_TYPES,
  MomentType,
  TAFEL_ROLES,
  TafelRole,
} from '@tafel/shared/contracts';
import { ConfigError } from './config-error';
import { totpEncryptionKey, trustedProxies } from './security-config';

export type RunMode = 'production' | 'development' | 'test';

export interface AppConfig {
  mode: RunMode;
  port: number;
  /** Address to listen on. */
  host: string;
  /** Null means: start an embedded PostgreSQL (never in production). */
  databaseUrl: string | null;
  /** Used to key session-token hashes; a leaked database then holds no usable session. */
  sessionSecret: string;
  /** AES-256-GCM key for TOTP secrets at rest (TOTP_ENCRYPTION_KEY). */
  totpEncryptionKey: Buffer;
  /** Proxies whose X-Forwarded-* headers are believed (TRUST_PROXY); empty: none. */
  trustProxy: string[];
  /** Seed Twente demo data once and accept the demo password. Never in production. */
  demo: boolean;
  /** Folder with the built Angular app (index.html per locale), or null to serve the API only. */
  webRoot: string | null;
  /** Folder for local state: the embedded database. */
  dataDir: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Largest accepted request body. */
  bodyLimit: string;
  /** SMTP server for invitations, e.g. smtp://mail.example:587; null: mails are not sent. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Public address of Tafel, for the links in mails. */
  appUrl: string;
  /** Who answers questions about the API (its OpenAPI contact), API_CONTACT_EMAIL. */
  apiContactEmail: string;
  /** How often due jobs (mails, reminders) are run; 0 disables the poller. */
  jobPollMs: number;
  /**
   * The region's values for the chain norms (`TAFEL_CHAIN_NORMS`, JSON: norm id → a number in the
   * norm's own unit); `request_to_tafel` is off unless present here.
   */
  chainNorms: Record<string, number>;
  /** Children get an account and a seat at the tafel from this age. */
  childAgeThreshold: number;
  /** An invitation link to set up an account works this long. */
  invitationTtlHours: number;
  /** Citizen login through an OIDC broker (DigiD); null when OIDC_ISSUER is unset. */
  oidc: OidcConfig | null;
  /** Other origins allowed to call the API with credentials (CORS); empty: same origin only. */
  corsOrigins: string[];
  /** Redis for more than one API instance (socket.io adapter, live notes); null: a single instance. */
  redisUrl: string | null;
  /** How often open live rooms re-check their session and access (ms). */
  realtimeRecheckMs: number;
  /** How long live-notes updates gather before one INSERT (their acknowledgement waits for it), ms. */
  notesFlushMs: number;
  logLevel: string;
  /** What a parent without custody sees: `restricted` (default) or `full`. */
  nonCustodialView: 'restricted' | 'full';
  /** How long a break-the-glass emergency access lasts. */
  emergencyAccessHours: number;
  /** Second factor required for MFA_ROLES (always in production). */
  mfaRequired: boolean;
  /** Failed logins per account (and 5× that per IP) within 15 minutes before a 429. */
  loginMaxFailures: number;
  /** Base delay after the third failed login; doubles with each further failure (max 5 s). */
  loginDelayMs: number;
  /** Retention (bewaartermijn) of a closed case, in years after closing; at least 20 (Jeugdwet). */
  retentionYears: number;
  /** A case that had a court measure: years after the youngest measured child turns 18; at least 30. */
  retentionMeasureYears: number;
  /**
   * Failed logins, sessions whose absolute end is past and used recovery codes are kept this many
   * days (the window of a security review), then deleted by the daily job `auth.housekeeping`.
   */
  loginHistoryDays: number;
  /** Done and cancelled jobs are kept this many days, then deleted by the daily job `jobs.housekeeping`. */
  jobHistoryDays: number;
  /** Failed jobs (given up after five attempts) are kept this many days, for diagnosis. */
  failedJobHistoryDays: number;
  /** Tafel roles that must be filled, per moment type. */
  requiredRoles: Record<MomentType, TafelRole[]>;
}

/** Login for parents, children and network members through an OIDC broker (DigiD, eHerkenning). */
export interface OidcConfig {
  /** The broker's issuer; its discovery document is read from `/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** Assurance levels exactly as the broker names them in the `acr` claim, weakest first. */
  acrLevels: string[];
  /** The lowest acceptable level: requested as `acr_values` and checked in the ID token. */
  minAcr: string;
  /** Plain http to the broker: only a loopback issuer outside production (tests, a local broker). */
  allowInsecureHttp: boolean;
}

export { ConfigError };

const MIN_SECRET_LENGTH = 32;
const WEAK_SECRETS = ['changeme', 'secret', 'tafel', 'password', 'development'];

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new ConfigError(`${name} must be a positive integer`);
  return parsed;
}

/** The live notes' batch interval: an acknowledged update is committed within 1 s, so at most 500 ms. */
function notesFlushMs(value: string | undefined): number {
  const ms = integer(value, 50, 'NOTES_FLUSH_MS');
  if (ms > 500) throw new ConfigError('NOTES_FLUSH_MS must be at most 500 (durability within 1 s)');
  return ms;
}

function checkSecret(secret: string | undefined, mode: RunMode): string {
  if (mode !== 'production') return secret ?? randomDevelopmentSecret();
  if (!secret) throw new ConfigError('SESSION_SECRET is required in production');
  const weak = WEAK_SECRETS.some((w) => secret.toLowerCase().includes(w));
  if (secret.length < MIN_SECRET_LENGTH || weak) {
    throw new ConfigError(
      `SESSION_SECRET must be a random value of at least ${MIN_SECRET_LENGTH} characters`,
    );
  }
  return secret;
}

/** Outside production a fresh random secret per start is enough: sessions simply end on restart. */
function randomDevelopmentSecret(): string {
  return randomBytes(32).toString('hex');
}

/** A retention term may be set longer than the rule, never shorter. */
function atLeast(value: string | undefined, minimum: number, name: string): number {
  const years = integer(value, minimum, name);
  if (years < minimum) throw new ConfigError(`${name} must be at least ${minimum} (years)`);
  return years;
}

function requiredRoles(json: string | undefined): Record<MomentType, TafelRole[]> {
  if (!json) return DEFAULT_REQUIRED_ROLES;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new ConfigError('TAFEL_REQUIRED_ROLES is not valid JSON');
  }
  const valid =
    typeof parsed === 'object' &&
    parsed !== null &&
    MOMENT_TYPES.every((m) => {
      const roles = (parsed as Record<string, unknown>)[m];
      return Array.isArray(roles) && roles.every((r) => (TAFEL_ROLES as readonly unknown[]).includes(r));
    });
  if (!valid)
    throw new ConfigError('TAFEL_REQUIRED_ROLES must map every moment type to a list of tafel roles');
  return parsed as Record<MomentType, TafelRole[]>;
}

function chainNorms(json: string | undefined): Record<string, number> {
  if (!json) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new ConfigError('TAFEL_CHAIN_NORMS is not valid JSON');
  }
  const valid =
    typeof parsed === 'object' &&
    parsed !== null &&
    !Array.isArray(parsed) &&
    Object.values(parsed).every((v) => Number.isInteger(v) && (v as number) > 0);
  if (!valid) throw new ConfigError('TAFEL_CHAIN_NORMS must map norm ids to positive integers');
  return parsed as Record<string, number>;
}

function url(value: string, name: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new ConfigError(`${name} must be a URL`);
  }
}

function oidcConfig(env: NodeJS.ProcessEnv, mode: RunMode, appUrl: string): OidcConfig | null {
  const issuer = env['OIDC_ISSUER'];
  if (!issuer) return null;
  const { protocol, hostname } = url(issuer, 'OIDC_ISSUER');
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(hostname);
  if (protocol !== 'https:' && (protocol !== 'http:' || !loopback || mode === 'production')) {
    throw new ConfigError('OIDC_ISSUER must use https (plain http only on localhost outside production)');
  }
  const clientId = env['OIDC_CLIENT_ID'];
  const clientSecret = env['OIDC_CLIENT_SECRET'];
  if (!clientId || !clientSecret) {
    throw new ConfigError('OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are required with OIDC_ISSUER');
  }
  const levels = (env['OIDC_ACR_LEVELS'] || 'basis,midden,substantieel,hoog').split(',');
  const acrLevels = levels.map((level) => level.trim()).filter(Boolean);
  const minAcr = env['OIDC_MIN_ACR'] || 'substantieel';
  if (!acrLevels.includes(minAcr)) throw new ConfigError('OIDC_MIN_ACR must be one of OIDC_ACR_LEVELS');
  const redirectUri = env['OIDC_REDIRECT_URI'] || `${appUrl}/${API_PREFIX}/auth/oidc/callback`;
  url(redirectUri, 'OIDC_REDIRECT_URI');
  return {
    issuer,
    clientId,
    clientSecret,
    redirectUri,
    acrLevels,
    minAcr,
    allowInsecureHttp: protocol === 'http:',
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const mode: RunMode =
    env['NODE_ENV'] === 'production' ? 'production' : env['NODE_ENV'] === 'test' ? 'test' : 'development';
  const databaseUrl = env['DATABASE_URL'] || null;
  if (mode === 'production' && !databaseUrl) throw new ConfigError('DATABASE_URL is required in production');
  if (mode === 'production' && env['TAFEL_DEMO'] === 'true') {
    throw new ConfigError('TAFEL_DEMO cannot be enabled in production');
  }
  const appUrl = (env['APP_URL'] ?? `http://localhost:${env['PORT'] ?? 3000}`).replace(/\/$/, '');
  const webRoot = env['WEB_ROOT'] === '' ? null : resolve(env['WEB_ROOT'] ?? 'dist/apps/web/browser');
  return {
    mode,
    port: integer(env['PORT'], 3000, 'PORT'),
    host: env['HOST'] || '127.0.0.1',
    databaseUrl,
    sessionSecret: checkSecret(env['SESSION_SECRET'], mode),
    totpEncryptionKey: totpEncryptionKey(env['TOTP_ENCRYPTION_KEY'], mode === 'production'),
    trustProxy: trustedProxies(env['TRUST_PROXY']),
    demo: mode !== 'production' && env['TAFEL_DEMO'] !== 'false',
    webRoot,
    dataDir: resolve(env['TAFEL_DATA_DIR'] ?? '.data'),
    sessionIdleMinutes: integer(env['SESSION_IDLE_MINUTES'], 15, 'SESSION_IDLE_MINUTES'),
    sessionMaxHours: integer(env['SESSION_MAX_HOURS'], 8, 'SESSION_MAX_HOURS'),
    bodyLimit: env['BODY_LIMIT'] ?? '100kb',
    smtpUrl: env['SMTP_URL'] || null,
    mailFrom: env['MAIL_FROM'] ?? 'Tafel <noreply@tafel.example>',
    appUrl,
    apiContactEmail: env['API_CONTACT_EMAIL'] ?? 'functioneel.beheer@tafel.example',
    jobPollMs: env['JOB_POLL_MS'] === '0' ? 0 : integer(env['JOB_POLL_MS'], 5000, 'JOB_POLL_MS'),
    chainNorms: chainNorms(env['TAFEL_CHAIN_NORMS']),
    childAgeThreshold: integer(env['CHILD_AGE_THRESHOLD'], 12, 'CHILD_AGE_THRESHOLD'),
    invitationTtlHours: integer(env['INVITATION_TTL_HOURS'], 7 * 24, 'INVITATION_TTL_HOURS'),
    oidc: oidcConfig(env, mode, appUrl),
    requiredRoles: requiredRoles(env['TAFEL_REQUIRED_ROLES']),
    retentionYears: atLeast(env['RETENTION_YEARS'], 20, 'RETENTION_YEARS'),
    retentionMeasureYears: atLeast(env['RETENTION_MEASURE_YEARS'], 30, 'RETENTION_MEASURE_YEARS'),
    loginHistoryDays: integer(env['LOGIN_HISTORY_DAYS'], 90, 'LOGIN_HISTORY_DAYS'),
    jobHistoryDays: integer(env['JOB_HISTORY_DAYS'], 30, 'JOB_HISTORY_DAYS'),
    failedJobHistoryDays: integer(env['FAILED_JOB_HISTORY_DAYS'], 90, 'FAILED_JOB_HISTORY_DAYS'),
    mfaRequired: mode === 'production' || env['MFA_REQUIRED'] === 'true',
    emergencyAccessHours: integer(env['EMERGENCY_ACCESS_HOURS'], 4, 'EMERGENCY_ACCESS_HOURS'),
    nonCustodialView: env['NON_CUSTODIAL_PARENT_VIEW'] === 'full' ? 'full' : 'restricted',
    corsOrigins: (env['CORS_ORIGINS'] ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    redisUrl: env['REDIS_URL'] || null,
    realtimeRecheckMs: integer(env['REALTIME_RECHECK_MS'], 5000, 'REALTIME_RECHECK_MS'),
    notesFlushMs: notesFlushMs(env['NOTES_FLUSH_MS']),
    logLevel: env['LOG_LEVEL'] ?? (mode === 'test' ? 'warn' : 'info'),
    loginMaxFailures: integer(env['LOGIN_MAX_FAILURES'], 10, 'LOGIN_MAX_FAILURES'),
    loginDelayMs: env['LOGIN_DELAY_MS'] === '0' ? 0 : integer(env['LOGIN_DELAY_MS'], 250, 'LOGIN_DELAY_MS'),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
