import { signal } from '@angular/core';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import {
  AgendaItem,
  NoteAccess,
  NotesAwareness,
  NotesJoined,
  PresenceUser,
  RoomState,
  SharedNotes,
} from '@tafel/shared/contracts';
import { RealtimeSocket } from '@tafel/web/core';
import { NotesSession, NotesTransport, socketTransport } from '@tafel/web/core/notes';

/** Someone in the room, from the server-stamped awareness. */
export interface Present {
  clientId: number;
  user: PresenceUser;
  /** Asks for the word (the family's "hand", a field of their awareness state). */
  hand: boolean;
}

/**
 * The browser side of one tafel's live room: the notes (NotesSession), presence (a y-protocols
 * Awareness relayed over `notes:awareness`; the server stamps who is who) and the meeting state
 * (`room:state`, `room:sync` after a reconnect). Exposes signals for the page.
 */
export class RoomSession {
  readonly notes: NotesSession;
  readonly awareness: Awareness;
  readonly online = signal(true);
  readonly access = signal<NoteAccess>('read');
  readonly agenda = signal<readonly AgendaItem[]>([]);
  readonly state = signal<RoomState | null>(null);
  readonly present = signal<Present[]>([]);
  readonly refused = signal<string | null>(null);
  /** A child under 16: the text of the sections the chair shares (the server sends nothing else). */
  readonly shared = signal<SharedNotes['sections']>([]);
  private readonly cleanup: (() => void)[] = [];

  constructor(
    private readonly socket: RealtimeSocket,
    readonly tafelId: string,
  ) {
    const base = socketTransport(socket);
    // Every (re)join answers with the agenda and everyone present: take them on the way.
    const transport: NotesTransport = {
      ...base,
      join: async (message) => {
        const joined = await base.join(message);
        if (joined.ok) this.joined(joined);
        else this.refused.set(joined.error.message);
        return joined;
      },
    };
    this.notes = new NotesSession(transport, tafelId);
    this.awareness = new Awareness(this.notes.doc);
    const onLocal = (
      { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
      origin: unknown,
    ) => {
      this.refreshPresence();
      if (origin !== 'local') return;
      const changed = [...added, ...updated, ...removed];
      const update = encodeAwarenessUpdate(this.awareness, changed);
      void socket
        .timeout(10_000)
        .emitWithAck('notes:awareness', { tafelId, update })
        .catch(() => undefined);
    };
    this.awareness.on('update', onLocal);
    const onAwareness = (m: NotesAwareness) => {
      if (m.tafelId === tafelId) applyAwarenessUpdate(this.awareness, m.update, 'remote');
    };
    const onState = (state: RoomState) => {
      const seen = this.state();
      if (state.tafelId === tafelId && (!seen || state.version > seen.version)) this.state.set(state);
    };
    const onShared = (message: SharedNotes) => {
      if (message.tafelId === tafelId) this.shared.set(message.sections);
    };
    const onDisconnect = () => {
      this.online.set(false);
      this.notes.offline();
    };
    const onConnect = () => this.online.set(true);
    socket.on('notes:awareness', onAwareness);
    socket.on('room:state', onState);
    socket.on('room:shared', onShared);
    socket.on('disconnect', onDisconnect);
    socket.on('connect', onConnect);
    const onReconnect = () => void this.sync();
    socket.io.on('reconnect', onReconnect);
    this.cleanup.push(
      () => socket.off('notes:awareness', onAwareness),
      () => socket.off('room:state', onState),
      () => socket.off('room:shared', onShared),
      () => socket.off('disconnect', onDisconnect),
      () => socket.off('connect', onConnect),
      () => socket.io.off('reconnect', onReconnect),
    );
  }

  /** Joins the notes, then asks the meeting state. */
  async join(): Promise<void> {
    await this.notes.join();
    this.access.set(this.notes.access);
    // Announce ourselves at once (the server stamps who we are), not only at the next renewal.
    this.awareness.setLocalState({ ...(this.awareness.getLocalState() ?? {}) });
    await this.sync();
  }

  /** Raises or lowers the hand: the chair sees who asks for the word. */
  raiseHand(up: boolean): void {
    this.awareness.setLocalState({ ...(this.awareness.getLocalState() ?? {}), hand: up });
  }

  /** Whether our own hand is up. */
  handUp(): boolean {
    return this.awareness.getLocalState()?.['hand'] === true;
  }

  /** Moves the discussion to an agenda item (those who write). */
  async discuss(agendaItem: string): Promise<void> {
    const reply = await this.socket
      .timeout(10_000)
      .emitWithAck('room:agenda', { tafelId: this.tafelId, agendaItem });
    if (reply.ok) this.state.set(reply.state);
  }

  close(): void {
    this.cleanup.splice(0).forEach((off) => off());
    void this.socket
      .timeout(5_000)
      .emitWithAck('notes:leave', { tafelId: this.tafelId })
      .catch(() => undefined);
    this.awareness.destroy();
    this.notes.close();
  }

  private joined(joined: NotesJoined): void {
    this.refused.set(null);
    this.agenda.set(joined.agenda);
    applyAwarenessUpdate(this.awareness, joined.awareness, 'remote');
  }

  private async sync(): Promise<void> {
    const reply = await this.socket
      .timeout(10_000)
      .emitWithAck('room:sync', { tafelId: this.tafelId, sinceVersion: this.state()?.version ?? 0 })
      .catch(() => null);
    if (reply?.ok) this.state.set(reply.state);
  }

  private refreshPresence(): void {
    const present: Present[] = [];
    this.awareness.getStates().forEach((state, clientId) => {
      const user = state['user'] as PresenceUser | undefined;
      if (!user?.name) return;
      const hand = state['hand'] === true;
      const known = present.find((p) => p.user.id === user.id);
      if (known) known.hand ||= hand;
      else present.push({ clientId, user, hand });
    });
    this.present.set(present);
  }
}
