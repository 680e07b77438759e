import { Injectable } from '@nestjs/common';
import { AuthUser } from '../../common/auth/auth-user';
import { sessionTokenFrom } from './session-cookie';
import { SessionService } from './session.service';

/** What the transport knows about the connection, besides its address. */
export interface ClientInfo {
  userAgent?: string;
  /** Served over https (directly or behind a trusted proxy): only the `__Host-` cookie counts. */
  secure?: boolean;
}

/** One caller to authenticate: the raw `Cookie` header, the real client address, the transport's view. */
export interface Credentials {
  cookieHeader: string | undefined;
  ip: string;
  client?: ClientInfo;
}

/** Who is calling, from the session cookie alone: the one session check for every transport. */
@Injectable()
export class AuthenticationService {
  constructor(private readonly sessions: SessionService) {}

  /**
   * Resolves the session cookie in a raw `Cookie` header to the caller, or null when there is no
   * valid session (none, unknown, revoked, idle, expired, deactivated account). Transport-neutral:
   * the HTTP session strategy and the socket.io handshake middleware both call it. `ip` is the real
   * client address (Express's `req.ip` under the `TRUST_PROXY` setting); with the user agent it
   * becomes the access point of the NEN 7513 log. A session in the `mfa` stage is returned as such:
   * a caller must refuse it where the full login is due (the HTTP guard does; a socket must too).
   */
  async authenticate(
    cookieHeader: string | undefined,
    ip: string,
    client: ClientInfo = {},
  ): Promise<AuthUser | null> {
    return (await this.authenticateAll([{ cookieHeader, ip, client }]))[0] ?? null;
  }

  /** `authenticate` for many callers at once, in one session query (the live room's re-check). */
  async authenticateAll(callers: Credentials[]): Promise<(AuthUser | null)[]> {
    const tokens = callers.map(({ cookieHeader, client }) =>
      sessionTokenFrom(cookieHeader, client?.secure ?? false),
    );
    const users = await this.sessions.resolveAll(tokens.filter((token): token is string => token !== null));
    let next = 0;
    return callers.map(({ ip, client }, i) => {
      const user = tokens[i] === null ? null : users[next++];
      if (!user) return null;
      return { ...user, accessPoint: `ip=${ip}; ua=${(client?.userAgent ?? '').slice(0, 300)}` };
    });
  }
}
