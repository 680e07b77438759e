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
    const token = sessionTokenFrom(cookieHeader, client.secure ?? false);
    const user = token ? await this.sessions.resolve(token) : null;
    if (!user) return null;
    return { ...user, accessPoint: `ip=${ip}; ua=${(client.userAgent ?? '').slice(0, 300)}` };
  }
}
