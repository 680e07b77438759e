import * as Y from 'yjs';
import {
  NoteAccess,
  NotesJoin,
  NotesJoined,
  NotesUpdate,
  RealtimeError,
  Refusal,
} from '@tafel/shared/contracts';
import { RealtimeSocket } from './realtime.socket';

/** What a notes session needs from the connection; `socketTransport` gives it over socket.io. */
export interface NotesTransport {
  join(message: NotesJoin): Promise<NotesJoined | Refusal>;
  update(message: NotesUpdate): Promise<{ ok: true } | Refusal>;
  onUpdate(listener: (message: NotesUpdate) => void): () => void;
  /** Called after the connection came back (the room must be joined again). */
  onReconnect(listener: () => void): () => void;
}

export type NotesStatus = 'joining' | 'live' | 'offline' | 'refused';

const SERVER = Symbol('server');

/**
 * One tafel's notes in the browser: a Yjs document kept in step with the server. Local edits are sent
 * as updates and kept until the server acknowledges them (committed); while offline they wait, and on
 * (re)joining the client exchanges state vectors and sends exactly what the server lacks, once.
 */
export class NotesSession {
  readonly doc = new Y.Doc();
  status: NotesStatus = 'joining';
  access: NoteAccess = 'read';
  /** Set when the server refused the room or an update (read-only, unavailable). */
  lastError: RealtimeError | null = null;
  /** Local updates not yet acknowledged. */
  readonly unacknowledged = new Set<Uint8Array>();
  private readonly subscriptions: (() => void)[] = [];

  constructor(
    private readonly transport: NotesTransport,
    readonly tafelId: string,
  ) {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === SERVER) return;
      this.unacknowledged.add(update);
      if (this.status === 'live') void this.send(update);
    });
    this.subscriptions.push(
      transport.onUpdate((message) => {
        if (message.tafelId === this.tafelId) Y.applyUpdate(this.doc, message.update, SERVER);
      }),
      transport.onReconnect(() => void this.join()),
    );
  }

  /** Joins (again): merges the server's state in and sends what the server lacks. */
  async join(): Promise<NotesStatus> {
    this.status = 'joining';
    const joined = await this.transport.join({
      tafelId: this.tafelId,
      stateVector: Y.encodeStateVector(this.doc),
    });
    if (!joined.ok) {
      this.lastError = joined.error;
      this.status = 'refused';
      return this.status;
    }
    this.access = joined.access;
    Y.applyUpdate(this.doc, joined.update, SERVER);
    this.status = 'live';
    const waiting = [...this.unacknowledged];
    const missing = Y.encodeStateAsUpdate(this.doc, joined.stateVector);
    if (waiting.length && this.access === 'write') {
      const result = await this.transport.update({ tafelId: this.tafelId, update: missing });
      if (result.ok) waiting.forEach((u) => this.unacknowledged.delete(u));
      else this.refused(result.error, waiting);
    }
    return this.status;
  }

  offline(): void {
    this.status = 'offline';
  }

  close(): void {
    this.subscriptions.splice(0).forEach((unsubscribe) => unsubscribe());
    this.doc.destroy();
  }

  private async send(update: Uint8Array): Promise<void> {
    try {
      const result = await this.transport.update({ tafelId: this.tafelId, update });
      if (result.ok) this.unacknowledged.delete(update);
      else this.refused(result.error, [update]);
    } catch {
      // No answer (connection lost): the update stays and goes with the next join.
    }
  }

  /** A read-only member's or invalid update is dropped for good; anything else is retried on the next join. */
  private refused(error: RealtimeError, updates: Uint8Array[]): void {
    this.lastError = error;
    if (error.code === 'read_only' || error.code === 'invalid_message') {
      updates.forEach((u) => this.unacknowledged.delete(u));
    }
  }
}

/** The socket.io transport of a notes session (acknowledgements time out after 10 s). */
export function socketTransport(socket: RealtimeSocket): NotesTransport {
  return {
    join: (message) => socket.timeout(10_000).emitWithAck('notes:join', message),
    update: (message) => socket.timeout(10_000).emitWithAck('notes:update', message),
    onUpdate: (listener) => {
      socket.on('notes:update', listener);
      return () => socket.off('notes:update', listener);
    },
    onReconnect: (listener) => {
      socket.io.on('reconnect', listener);
      return () => socket.io.off('reconnect', listener);
    },
  };
}
