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

/** Connections re-checked at once. */
const SWEEP_CHUNK = 20;
/**
 * The pause between two chunks: a round's queries (two per connection) are spread out instead of
 * submitted in one stretch, which held up the live notes' broadcasts for 100-150 ms every round.
 */
const SWEEP_PAUSE_MS = 20;

/** What one round has looked up already: sessions by cookie, grants by user and tafel. */
interface Round {
  sessions: Map<string, Promise<AuthUser | null>>;
  rooms: Map<string, Promise<RoomGrant | null>>;
}

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
    // One session lookup per cookie and one access decision per user and tafel per round, however many
    // tabs share them; a few connections at a time, with a pause between, so that a round never holds
    // up the live notes.
    const round: Round = { sessions: new Map(), rooms: new Map() };
    const sockets = [...server.of('/').sockets.values()];
    for (let i = 0; i < sockets.length; i += SWEEP_CHUNK) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, SWEEP_PAUSE_MS));
      await Promise.all(
        sockets.slice(i, i + SWEEP_CHUNK).map((socket) => this.check(socket, round, beforeClose)),
      );
    }
  }

  private async check(
    socket: RealtimeSocket,
    round: Round,
    beforeClose: (socket: RealtimeSocket) => void,
  ): Promise<void> {
    const cookie = socket.handshake.headers.cookie ?? '';
    if (!round.sessions.has(cookie)) round.sessions.set(cookie, this.auth.user(socket));
    const user = await round.sessions.get(cookie);
    const stillValid = user?.id === socket.data.user.id && (await this.recheckRooms(socket, user, round));
    if (stillValid || !socket.connected) return;
    socket.emit('realtime:error', UNAUTHORISED);
    beforeClose(socket);
    socket.disconnect(true);
  }

  private async recheckRooms(socket: RealtimeSocket, user: AuthUser, round: Round): Promise<boolean> {
    for (const grant of [...socket.data.grants.values()]) {
      const key = `${user.id} ${grant.tafelId}`;
      if (!round.rooms.has(key)) round.rooms.set(key, this.rooms.recheck(user, grant));
      const current = await round.rooms.get(key);
      if (!current) return false;
      socket.data.grants.set(grant.tafelId, current);
    }
    return true;
  }
}
