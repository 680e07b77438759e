import { Inject, Injectable } from '@nestjs/common';
import type { Socket } from 'socket.io';
import { AuthUser } from '../common/auth/auth-user';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AuthenticationService } from '../modules/auth/authentication.service';

/**
 * The handshake checks of the live room, in socket.io middleware (Nest guards do not run on connect):
 * the Origin against the same allow-list as CORS and the HTTP CSRF check, and the session cookie
 * through the same revocable session as HTTP.
 */
type Handshake = Socket['handshake'];

@Injectable()
export class SocketAuth {
  private readonly allowedOrigins: Set<string>;

  constructor(
    private readonly authentication: AuthenticationService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.allowedOrigins = new Set([new URL(config.appUrl).origin, ...config.corsOrigins]);
  }

  /**
   * A browser always sends Origin with a WebSocket: it must be on the allow-list (the app's address and
   * the CORS list) — never judged by the request's own Host header, which the client chooses, just as
   * the HTTP check. A client without Origin is no browser and carries no ambient cookie.
   */
  originAllowed(handshake: Handshake): boolean {
    const origin = handshake.headers.origin;
    if (origin === undefined) return handshake.headers['sec-fetch-site'] !== 'cross-site';
    return this.allowedOrigins.has(origin);
  }

  /** The caller of a handshake (again on every re-check), or null; a half-finished (2FA) login is none. */
  async user(handshake: Handshake): Promise<AuthUser | null> {
    const user = await this.authentication.authenticate(handshake.headers.cookie, handshake.address, {
      userAgent: handshake.headers['user-agent'],
      secure: handshake.secure,
    });
    return user?.stage === 'full' ? user : null;
  }
}
