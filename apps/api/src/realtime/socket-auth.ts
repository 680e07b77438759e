import { Inject, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Express, Request } from 'express';
import type { Socket } from 'socket.io';
import { AuthUser } from '../common/auth/auth-user';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AuthenticationService } from '../modules/auth/authentication.service';

type Handshake = Socket['handshake'];

/**
 * The handshake checks of the live room, in socket.io middleware (Nest guards do not run on connect):
 * the Origin against the same allow-list as CORS and the HTTP CSRF check, and the session cookie
 * through the same revocable session as HTTP — with the client address and https as HTTP sees them
 * (Express's `trust proxy`, set from TRUST_PROXY), so the NEN 7513 access point of a join is the real
 * client behind a trusted proxy and never a header a client chose.
 */
@Injectable()
export class SocketAuth {
  private readonly allowedOrigins: Set<string>;

  constructor(
    private readonly authentication: AuthenticationService,
    private readonly adapterHost: HttpAdapterHost,
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

  /** The caller of a connection, or null; a half-finished (2FA) login is none. */
  async user(socket: Socket): Promise<AuthUser | null> {
    return (await this.users([socket]))[0] ?? null;
  }

  /** The callers of many connections in one session query (the periodic re-check), in their order. */
  async users(sockets: Socket[]): Promise<(AuthUser | null)[]> {
    const users = await this.authentication.authenticateAll(
      sockets.map((socket) => {
        const request = this.asHttpRequest(socket);
        return {
          cookieHeader: request.headers.cookie,
          ip: request.ip ?? '',
          client: { userAgent: request.headers['user-agent'], secure: request.secure },
        };
      }),
    );
    return users.map((user) => (user?.stage === 'full' ? user : null));
  }

  /** The handshake's HTTP request with Express's own `ip` and `secure` (the `trust proxy` setting). */
  private asHttpRequest(socket: Socket): Request {
    const express = this.adapterHost.httpAdapter.getInstance<Express>();
    const raw = socket.request;
    return Object.create(express.request, {
      headers: { value: raw.headers },
      socket: { value: raw.socket },
      connection: { value: raw.socket },
    }) as Request;
  }
}
