import { Injectable, Logger } from '@nestjs/common';
import { AuthUser } from '../common/auth/auth-user';
import { RealtimeServer, RealtimeSocket } from './realtime.types';
import { RoomAccess } from './room-access';
import { SocketAuth } from './socket-auth';

/**
 * Re-checks every open connection every few seconds, as HTTP does per request: the session (logged out,
 * expired, idle, account deactivated) and each joined room's access (seat removed, emergency access run
 * out). A connection that fails is told why and closed. A grant whose access changed (the tafel was
 * concluded: everyone reads) is updated in place.
 */
@Injectable()
export class SessionWatch {
  private readonly logger = new Logger(SessionWatch.name);
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly auth: SocketAuth,
    private readonly rooms: RoomAccess,
  ) {}

  start(server: RealtimeServer, intervalMs: number, beforeClose: (socket: RealtimeSocket) => void): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = true;
      this.sweep(server, beforeClose)
        .catch((error: unknown) => this.logger.error(`Realtime re-check failed: ${String(error)}`))
        .finally(() => (this.running = false));
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async sweep(server: RealtimeServer, beforeClose: (socket: RealtimeSocket) => void): Promise<void> {
    // One session lookup per cookie per round, however many tabs share it.
    const sessions = new Map<string, Promise<AuthUser | null>>();
    const checks = [...server.of('/').sockets.values()].map(async (socket) => {
      const cookie = socket.handshake.headers.cookie ?? '';
      if (!sessions.has(cookie)) sessions.set(cookie, this.auth.user(socket));
      const user = await sessions.get(cookie);
      const stillValid = user?.id === socket.data.user.id && (await this.recheckRooms(socket, user));
      if (stillValid || !socket.connected) return;
      socket.emit('realtime:error', {
        code: 'unauthorised',
        message: 'Your session has ended or your access was withdrawn',
      });
      beforeClose(socket);
      socket.disconnect(true);
    });
    await Promise.all(checks);
  }

  private async recheckRooms(socket: RealtimeSocket, user: AuthUser): Promise<boolean> {
    for (const grant of [...socket.data.grants.values()]) {
      const current = await this.rooms.recheck(user, grant);
      if (!current) return false;
      socket.data.grants.set(grant.tafelId, current);
    }
    return true;
  }
}
