import { Injectable, Logger } from '@nestjs/common';
import { RealtimeError } from '@tafel/shared/contracts';
import { AuthUser } from '../common/auth/auth-user';
import { EventBus } from '../common/events/event-bus';
import { RealtimeServer, RealtimeSocket, sessionRoom, userRoom } from './realtime.types';
import { RoomAccess, RoomGrant } from './room-access';
import { SocketAuth } from './socket-auth';

const UNAUTHORISED: RealtimeError = {
  code: 'unauthorised',
  message: 'Your session has ended or your access was withdrawn',
};

/**
 * Connections re-checked at once: their sessions in one query, then their rooms' access in another.
 * (Two queries per connection, even in paced chunks of 20, held up the live notes' broadcasts for
 * 22-30 ms at a time every round.)
 */
const SWEEP_CHUNK = 100;
/** The pause between two chunks, so that a round of thousands of connections never runs in one stretch. */
const SWEEP_PAUSE_MS = 20;

/**
 * Re-checks every open connection every few seconds, as HTTP does per request: the session (logged out,
 * expired, idle, account deactivated) and each joined room's access (seat removed, emergency access run
 * out). A connection that fails is told why and closed. A grant whose access changed (the tafel was
 * concluded: everyone reads) is updated in place. A logout or a deactivation (`sessions.ended`, after
 * commit) closes the session's or the user's connections at once, on every instance (through the
 * adapter), without waiting for the next round.
 */
@Injectable()
export class SessionWatch {
  private readonly logger = new Logger(SessionWatch.name);
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private stopEvents: () => void = () => undefined;

  constructor(
    private readonly auth: SocketAuth,
    private readonly rooms: RoomAccess,
    private readonly bus: EventBus,
  ) {}

  start(server: RealtimeServer, intervalMs: number, beforeClose: (socket: RealtimeSocket) => void): void {
    this.stopEvents = this.bus.on('sessions.ended', (ended) => {
      const room = 'userId' in ended ? userRoom(ended.userId) : sessionRoom(ended.sessionId);
      server.in(room).emit('realtime:error', UNAUTHORISED);
      server.in(room).disconnectSockets(true);
    });
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
    this.stopEvents();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async sweep(server: RealtimeServer, beforeClose: (socket: RealtimeSocket) => void): Promise<void> {
    const sockets = [...server.of('/').sockets.values()];
    for (let i = 0; i < sockets.length; i += SWEEP_CHUNK) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, SWEEP_PAUSE_MS));
      await this.check(sockets.slice(i, i + SWEEP_CHUNK), beforeClose);
    }
  }

  /** Some connections: their sessions in one query, then every room they joined in one more. */
  private async check(
    sockets: RealtimeSocket[],
    beforeClose: (socket: RealtimeSocket) => void,
  ): Promise<void> {
    const users = await this.auth.users(sockets);
    const failed = new Set<RealtimeSocket>();
    const held: { socket: RealtimeSocket; user: AuthUser; grant: RoomGrant }[] = [];
    sockets.forEach((socket, i) => {
      const user = users[i];
      if (user?.id !== socket.data.user.id) failed.add(socket);
      else for (const grant of socket.data.grants.values()) held.push({ socket, user, grant });
    });
    const current = held.length ? await this.rooms.recheck(held) : [];
    held.forEach(({ socket, grant }, i) => {
      // A room left (or joined again, decided afresh) meanwhile is not this round's to judge.
      if (socket.data.grants.get(grant.tafelId) !== grant) return;
      const now = current[i];
      if (now) socket.data.grants.set(grant.tafelId, now);
      else failed.add(socket);
    });
    for (const socket of failed) {
      if (!socket.connected) continue;
      socket.emit('realtime:error', UNAUTHORISED);
      beforeClose(socket);
      socket.disconnect(true);
    }
  }
}
