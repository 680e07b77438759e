import { BeforeApplicationShutdown, Inject, Logger, OnApplicationShutdown } from '@nestjs/common';
import {
  OnGatewayConnection,
  OnGatewayDisconnect,
  OnGatewayInit,
  WebSocketGateway,
} from '@nestjs/websockets';
import * as Y from 'yjs';
import {
  Ack,
  NOTE_AGENDAS,
  NotesJoined,
  REALTIME_MAX_MESSAGE_BYTES,
  REALTIME_PATH,
  REALTIME_RATE_BURST,
  REALTIME_RATE_PER_SECOND,
  RealtimeError,
  RealtimeErrorCode,
  Refusal,
  RoomStateReply,
} from '@tafel/shared/contracts';
import { realtimeParser } from '@tafel/shared/contracts/realtime-parser';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import {
  InvalidNotesUpdateError,
  NotesUnavailableError,
  TafelNotesService,
} from '../modules/tafel-notes/tafel-notes.service';
import { TafelRoomService } from '../modules/tafel-room/tafel-room.service';
import { frameBroadcastsOnce } from './broadcast-frames';
import {
  isNotesAwareness,
  isNotesJoin,
  isNotesUpdate,
  isRoomAgendaItem,
  isRoomSync,
  isTafelRef,
} from './messages';
import { NotesFanout } from './notes-fanout';
import { RateLimit } from './rate-limit';
import { RealtimeService } from './realtime.service';
import {
  RealtimeServer,
  RealtimeSocket,
  sessionRoom,
  sharedRoom,
  tafelRoom,
  userRoom,
} from './realtime.types';
import { RedisLink, linkRedis } from './redis-link';
import { RoomAccess, RoomGrant, RoomNotFoundError } from './room-access';
import { SessionWatch } from './session-watch';
import { SharedNotesRelay } from './shared-notes';
import { SocketAuth } from './socket-auth';

const MESSAGES: Record<RealtimeErrorCode, string> = {
  not_found: 'Tafel not found',
  read_only: 'You follow these notes; you cannot change them',
  invalid_message: 'The message is not valid',
  rate_limited: 'Too many messages; slow down',
  not_joined: 'Join the tafel first',
  notes_unavailable: 'The notes are unavailable; nothing was changed. Try again later',
  unauthorised: 'Your session has ended or your access was withdrawn',
};

/** An awareness update that names nobody (y-protocols: a count of zero states). */
const NO_AWARENESS = new Uint8Array([0]);

const refusal = (code: RealtimeErrorCode, tafelId?: string): RealtimeError => ({
  code,
  message: MESSAGES[code],
  ...(tafelId ? { tafelId } : {}),
});

/**
 * The one socket.io gateway (ADR 0007). Every connection passes the Origin and session checks in
 * middleware; every message is rate-limited and validated before it reaches the notes; a refused
 * message is answered (ack or `realtime:error`) and changes nothing. WebSocket transport only: no
 * long-polling, so several instances need no sticky sessions.
 */
@WebSocketGateway({
  path: REALTIME_PATH,
  serveClient: false,
  transports: ['websocket'],
  // msgpack: a message with a Yjs update is one WebSocket frame, not two.
  parser: realtimeParser,
  // Messages over twice the limit close the connection; between the two they are refused one by one.
  maxHttpBufferSize: 2 * REALTIME_MAX_MESSAGE_BYTES,
})
export class RealtimeGateway
  implements
    OnGatewayInit,
    OnGatewayConnection,
    OnGatewayDisconnect,
    BeforeApplicationShutdown,
    OnApplicationShutdown
{
  private readonly logger = new Logger(RealtimeGateway.name);
  private server: RealtimeServer | null = null;
  private redis: RedisLink | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: SocketAuth,
    private readonly rooms: RoomAccess,
    private readonly notes: TafelNotesService,
    private readonly realtime: RealtimeService,
    private readonly watch: SessionWatch,
    private readonly room: TafelRoomService,
    private readonly shared: SharedNotesRelay,
    private readonly fanout: NotesFanout,
  ) {}

  afterInit(server: RealtimeServer): void {
    this.server = server;
    if (this.config.redisUrl) this.redis = linkRedis(server, this.config.redisUrl);
    frameBroadcastsOnce(server.sockets.adapter);
    this.realtime.attach(server, this.redis !== null);
    server.use((socket, next) => {
      if (!this.auth.originAllowed(socket.handshake)) return next(new Error('origin_refused'));
      this.auth.user(socket).then(
        (user) => {
          if (!user) return next(new Error('unauthorised'));
          socket.data.user = user;
          socket.data.grants = new Map();
          next();
        },
        () => next(new Error('unavailable')),
      );
    });
    server.on('notes:update', (tafelId, base64) =>
      this.fromInstance(tafelId, base64, (update) => {
        this.notes.applyRemote(tafelId, update);
        this.fanout.send(tafelId, update, null);
        this.shared.changed(tafelId);
      }),
    );
    server.on('notes:awareness', (tafelId, base64) =>
      this.fromInstance(tafelId, base64, (update) => {
        this.notes.applyRemotePresence(tafelId, update);
        this.realtime.toTafel(tafelId, 'notes:awareness', { tafelId, update });
      }),
    );
    this.room.onChange((state) => {
      this.realtime.toTafelEverywhere(state.tafelId, 'room:state', state);
      if (state.lastChange === 'shared_sections') void this.shared.reshare(state).catch(() => undefined);
    });
    this.watch.start(server, this.config.realtimeRecheckMs, (socket) => this.endRooms(socket));
  }

  handleConnection(socket: RealtimeSocket): void {
    void socket.join([userRoom(socket.data.user.id), sessionRoom(socket.data.user.sessionId)]);
    const limit = new RateLimit(REALTIME_RATE_PER_SECOND, REALTIME_RATE_BURST);
    socket.use((packet, next) => {
      if (limit.take()) return next();
      const ack = packet[packet.length - 1];
      if (typeof ack === 'function') (ack as Ack)({ ok: false, error: refusal('rate_limited') });
      else socket.emit('realtime:error', refusal('rate_limited'));
    });
    socket.on('notes:join', (message, ack) =>
      this.guard(socket, ack, (reply) => this.join(socket, message, reply)),
    );
    socket.on('notes:update', (message, ack) =>
      this.guard(socket, ack, (reply) => this.update(socket, message, reply)),
    );
    socket.on('notes:awareness', (message, ack) =>
      this.guard(socket, ack, (reply) => this.awareness(socket, message, reply)),
    );
    socket.on('room:sync', (message, ack) =>
      this.guard(socket, ack, (reply) => this.roomSync(socket, message, reply)),
    );
    socket.on('room:agenda', (message, ack) =>
      this.guard(socket, ack, (reply) => this.roomAgenda(socket, message, reply)),
    );
    socket.on('notes:leave', (message, ack) =>
      this.guard(socket, ack, (reply: Ack) => {
        if (!isTafelRef(message)) return this.refuse(reply, 'invalid_message');
        this.leave(socket, message.tafelId);
        reply({ ok: true });
      }),
    );
  }

  handleDisconnect(socket: RealtimeSocket): void {
    this.endRooms(socket);
  }

  /** SIGTERM: no new messages (connections closed; clients reconnect elsewhere), then flush. */
  async beforeApplicationShutdown(): Promise<void> {
    this.watch.stop();
    this.server?.local.disconnectSockets(true);
    await this.notes.beforeApplicationShutdown();
  }

  /** After Nest has closed the socket.io server (and with it the adapter's subscriptions). */
  async onApplicationShutdown(): Promise<void> {
    await this.redis?.close();
  }

  private async join(socket: RealtimeSocket, message: unknown, ack: Ack<NotesJoined>): Promise<void> {
    if (!isNotesJoin(message)) return this.refuse(ack, 'invalid_message');
    const { tafelId } = message;
    let grant;
    try {
      grant = await this.rooms.join(socket.data.user, tafelId);
      await this.notes.join(tafelId, grant.momentType, socket.id);
    } catch (error) {
      const code = error instanceof RoomNotFoundError ? 'not_found' : 'notes_unavailable';
      return this.refuse(ack, code, tafelId);
    }
    if (!socket.connected) return void this.notes.leave(tafelId, socket.id);
    socket.data.grants.set(tafelId, grant);
    if (grant.view === 'shared') return this.joinShared(socket, grant, ack);
    void socket.join(tafelRoom(tafelId));
    let state;
    try {
      state = this.notes.syncState(tafelId, message.stateVector);
    } catch {
      return this.refuse(ack, 'invalid_message', tafelId);
    }
    ack({
      ok: true,
      tafelId,
      momentType: grant.momentType,
      access: grant.access,
      agenda: NOTE_AGENDAS[grant.momentType],
      ...state,
    });
  }

  /**
   * A child under 16 (`tafel.notes.shared`): never the notes document nor anyone's carets — an empty
   * document, then only the shared sections' text (`room:shared`) and the meeting state.
   */
  private joinShared(socket: RealtimeSocket, grant: RoomGrant, ack: Ack<NotesJoined>): void {
    const empty = new Y.Doc();
    void socket.join(sharedRoom(grant.tafelId));
    ack({
      ok: true,
      tafelId: grant.tafelId,
      momentType: grant.momentType,
      access: 'read',
      agenda: NOTE_AGENDAS[grant.momentType],
      update: Y.encodeStateAsUpdate(empty),
      stateVector: Y.encodeStateVector(empty),
      awareness: NO_AWARENESS,
    });
    empty.destroy();
    void this.shared.sendTo(socket, grant.tafelId).catch(() => undefined);
  }

  /** Shown to the room at once (in this turn of the event loop); acknowledged to the writer only once committed. */
  private async update(socket: RealtimeSocket, message: unknown, ack: Ack): Promise<void> {
    if (!isNotesUpdate(message)) return this.refuse(ack, 'invalid_message');
    const { tafelId, update } = message;
    const grant = socket.data.grants.get(tafelId);
    if (!grant) return this.refuse(ack, 'not_joined', tafelId);
    if (grant.access !== 'write') return this.refuse(ack, 'read_only', tafelId);
    let committed: Promise<void>;
    try {
      committed = this.notes.write(tafelId, update, socket.id);
    } catch (error) {
      const code = error instanceof InvalidNotesUpdateError ? 'invalid_message' : 'notes_unavailable';
      return this.refuse(ack, code, tafelId);
    }
    this.fanout.send(tafelId, update, socket.id);
    this.shared.changed(tafelId);
    try {
      await committed;
    } catch {
      return this.refuse(ack, 'notes_unavailable', tafelId);
    }
    ack({ ok: true });
    this.realtime.relay('notes:update', tafelId, update);
  }

  private awareness(socket: RealtimeSocket, message: unknown, ack: Ack): void {
    if (!isNotesAwareness(message)) return this.refuse(ack, 'invalid_message');
    const { tafelId } = message;
    const grant = socket.data.grants.get(tafelId);
    if (!grant) return this.refuse(ack, 'not_joined', tafelId);
    const update = this.notes.presence(tafelId, socket.id, grant.presence, message.update);
    if (!update) return this.refuse(ack, 'invalid_message', tafelId);
    this.realtime.toTafel(tafelId, 'notes:awareness', { tafelId, update }, socket.id);
    this.realtime.relay('notes:awareness', tafelId, update);
    ack({ ok: true });
  }

  /** Catch-up after a reconnect: exactly the current meeting state, and whether it moved on. */
  private async roomSync(socket: RealtimeSocket, message: unknown, ack: Ack<RoomStateReply>): Promise<void> {
    if (!isRoomSync(message)) return this.refuse(ack, 'invalid_message');
    if (!socket.data.grants.has(message.tafelId)) return this.refuse(ack, 'not_joined', message.tafelId);
    const state = await this.room.current(message.tafelId);
    if (!state) return this.refuse(ack, 'not_found', message.tafelId);
    ack({ ok: true, state, changed: state.version !== message.sinceVersion });
  }

  /** Those who write the notes move the discussion to another agenda item; committed, then broadcast. */
  private async roomAgenda(
    socket: RealtimeSocket,
    message: unknown,
    ack: Ack<RoomStateReply>,
  ): Promise<void> {
    if (!isRoomAgendaItem(message)) return this.refuse(ack, 'invalid_message');
    const grant = socket.data.grants.get(message.tafelId);
    if (!grant) return this.refuse(ack, 'not_joined', message.tafelId);
    if (grant.access !== 'write') return this.refuse(ack, 'read_only', message.tafelId);
    if (!NOTE_AGENDAS[grant.momentType].some((item) => item.key === message.agendaItem)) {
      return this.refuse(ack, 'invalid_message', message.tafelId);
    }
    const state = await this.room.setAgendaItem(message.tafelId, message.agendaItem);
    ack({ ok: true, state, changed: true });
  }

  /** Another instance's committed update or presence, for a tafel open here. */
  private fromInstance(tafelId: unknown, base64: unknown, apply: (update: Uint8Array) => void): void {
    if (typeof tafelId !== 'string' || typeof base64 !== 'string' || !this.notes.isOpen(tafelId)) return;
    try {
      apply(new Uint8Array(Buffer.from(base64, 'base64')));
    } catch (error) {
      this.logger.error(`Update from another instance not applied: ${String(error)}`);
    }
  }

  private leave(socket: RealtimeSocket, tafelId: string): void {
    socket.data.grants?.delete(tafelId);
    void socket.leave(tafelRoom(tafelId));
    void socket.leave(sharedRoom(tafelId));
    const gone = this.notes.leave(tafelId, socket.id);
    if (!gone) return;
    this.realtime.toTafel(tafelId, 'notes:awareness', { tafelId, update: gone }, socket.id);
    this.realtime.relay('notes:awareness', tafelId, gone);
  }

  private endRooms(socket: RealtimeSocket): void {
    for (const tafelId of [...(socket.data.grants?.keys() ?? [])]) this.leave(socket, tafelId);
  }

  private refuse<T>(ack: Ack<T>, code: RealtimeErrorCode, tafelId?: string): void {
    ack({ ok: false, error: refusal(code, tafelId) });
  }

  /**
   * No message can crash the process or go unanswered: without an acknowledgement the answer to a
   * refusal is a `realtime:error` event, and an unexpected error becomes a refusal.
   */
  private guard<T>(socket: RealtimeSocket, ack: unknown, handle: (reply: Ack<T>) => unknown): void {
    const reply: Ack<T> =
      typeof ack === 'function'
        ? (ack as Ack<T>)
        : (result) => {
            const refused = result as Refusal | { ok: true };
            if (!refused.ok) socket.emit('realtime:error', refused.error);
          };
    Promise.resolve()
      .then(() => handle(reply))
      .catch((error: unknown) => {
        if (!(error instanceof NotesUnavailableError))
          this.logger.error(`Realtime message failed: ${String(error)}`);
        this.refuse(reply, 'notes_unavailable');
      });
  }
}
