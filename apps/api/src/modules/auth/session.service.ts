import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHmac, randomBytes } from 'node:crypto';
import { In, IsNull, Repository } from 'typeorm';
import { Role, SessionInfo } from '@tafel/shared/contracts';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AuthUser } from '../../common/auth/auth-user';
import { Transactions } from '../../common/events/unit-of-work';
import { SessionEntity } from './session.entity';

/** Only write last-seen when it moved this much, so reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 30_000;

interface SessionRow {
  tokenHash: string;
  id: string;
  stage: 'mfa' | 'full';
  lastSeenAt: Date;
  expiresAt: Date;
  userId: string;
  role: Role;
  organisationId: string | null;
}

export interface SessionMeta {
  ip: string | null;
  userAgent: string | null;
}

@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: Transactions,
  ) {}

  /** Starts a session and returns the token for the cookie; only its keyed hash is stored. */
  async start(
    userId: string,
    meta: SessionMeta,
    stage: 'mfa' | 'full' = 'full',
    now = new Date(),
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.sessions.insert({
      tokenHash: this.hashToken(token),
      userId,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.config.sessionMaxHours * 3_600_000),
      stage,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 400) ?? null,
    });
    return token;
  }

  /**
   * The caller behind a token, or null when unknown, revoked, idle too long, expired or deactivated.
   * Plain SQL: every HTTP request and every live-room handshake (a reconnect storm) passes here.
   */
  async resolve(token: string, now = new Date()): Promise<Omit<AuthUser, 'accessPoint'> | null> {
    return (await this.resolveAll([token], now))[0] ?? null;
  }

  /**
   * `resolve` for many tokens in one query (the live room's periodic re-check of every connection),
   * in the order given; the sessions found idle or expired are revoked, the others' last-seen touched.
   */
  async resolveAll(tokens: string[], now = new Date()): Promise<(Omit<AuthUser, 'accessPoint'> | null)[]> {
    if (tokens.length === 0) return [];
    const hashes = tokens.map((token) => this.hashToken(token));
    const rows: SessionRow[] = await this.sessions.query(
      `SELECT s.token_hash AS "tokenHash", s.id, s.stage, s.last_seen_at AS "lastSeenAt",
              s.expires_at AS "expiresAt", u.id AS "userId", u.role, u.organisation_id AS "organisationId"
         FROM session s JOIN app_user u ON u.id = s.user_id
        WHERE s.token_hash = ANY($1) AND s.revoked_at IS NULL AND u.active`,
      [[...new Set(hashes)]],
    );
    const ended: string[] = [];
    const touched: string[] = [];
    const valid = new Map<string, Omit<AuthUser, 'accessPoint'>>();
    for (const session of rows) {
      const idleMs = now.getTime() - session.lastSeenAt.getTime();
      if (session.expiresAt <= now || idleMs > this.config.sessionIdleMinutes * 60_000) {
        ended.push(session.id);
        continue;
      }
      if (idleMs > TOUCH_INTERVAL_MS) touched.push(session.id);
      valid.set(session.tokenHash, {
        id: session.userId,
        role: session.role,
        organisationId: session.organisationId,
        sessionId: session.id,
        stage: session.stage,
      });
    }
    if (ended.length) await this.sessions.update({ id: In(ended) }, { revokedAt: now });
    if (touched.length) await this.sessions.update({ id: In(touched) }, { lastSeenAt: now });
    return hashes.map((hash) => valid.get(hash) ?? null);
  }

  /** After the second factor: a new session replaces the partial one (no session fixation). */
  async upgrade(sessionId: string, userId: string, meta: SessionMeta): Promise<string> {
    await this.revoke(sessionId);
    return this.start(userId, meta, 'full');
  }

  /** Ends a session (logout); `sessions.ended` tells whoever holds it open (the live room) after commit. */
  async revoke(sessionId: string): Promise<void> {
    await this.transactions.run(async (uow) => {
      await uow.manager.update(
        SessionEntity,
        { id: sessionId, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      uow.publish('sessions.ended', { sessionId });
    });
  }

  /** Ends every open session of a user at once (deactivation, a reset second factor), and says so. */
  async revokeAll(userId: string): Promise<void> {
    await this.transactions.run(async (uow) => {
      await uow.manager.update(SessionEntity, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
      uow.publish('sessions.ended', { userId });
    });
  }

  /**
   * When a session ends: after the idle time from its last activity, and at its absolute maximum.
   * Resolving the session for this request has just counted as activity.
   */
  async info(sessionId: string): Promise<SessionInfo> {
    const session = await this.sessions.findOneByOrFail({ id: sessionId });
    const idle = session.lastSeenAt.getTime() + this.config.sessionIdleMinutes * 60_000;
    return {
      idleExpiresAt: new Date(Math.min(idle, session.expiresAt.getTime())).toISOString(),
      expiresAt: session.expiresAt.toISOString(),
      idleSeconds: this.config.sessionIdleMinutes * 60,
    };
  }

  get maxAgeMs(): number {
    return this.config.sessionMaxHours * 3_600_000;
  }

  private hashToken(token: string): string {
    return createHmac('sha256', this.config.sessionSecret).update(token).digest('hex');
  }
}
