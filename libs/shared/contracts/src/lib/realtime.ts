import type { MomentType, TafelRole, TafelStatus } from './tafel';

/**
 * The live tafel room over socket.io (ADR 0007): one connection per browser tab on REALTIME_PATH,
 * authenticated by the session cookie. Notes are a Yjs document per tafel; updates and awareness
 * travel as binary Yjs encodings (`Uint8Array`), everything else as the plain objects below.
 */
export const REALTIME_PATH = '/api/realtime';

/** No socket.io message may be larger (the server closes a connection that sends more). */
export const REALTIME_MAX_MESSAGE_BYTES = 256 * 1024;

/** Messages per second a connection may send on average, and the burst above that. */
export const REALTIME_RATE_PER_SECOND = 40;
export const REALTIME_RATE_BURST = 120;

/** What someone at the table may do with the notes. */
export type NoteAccess = 'read' | 'write';

export interface AgendaItem {
  /** The name of the item's `Y.XmlFragment` in the tafel's notes document; never changes. */
  key: string;
  /** The heading shown in the room (Dutch; the web translates by key). */
  title: string;
}

const opening: AgendaItem = { key: 'opening', title: 'Opening en kennismaking' };
const familyView: AgendaItem = { key: 'family_view', title: 'Wat ouders en kinderen ervan vinden' };
const decision: AgendaItem = { key: 'decision', title: 'Besluit' };
const agreements: AgendaItem = { key: 'agreements', title: 'Afspraken' };

/** The agenda of a tafel, per moment type: one notes section per item, in this order. */
export const NOTE_AGENDAS: Record<MomentType, readonly AgendaItem[]> = {
  toeleiding: [
    opening,
    { key: 'worries', title: 'De zorgen' },
    { key: 'going_well', title: 'Wat gaat goed' },
    { key: 'help_tried', title: 'Geprobeerde hulp en familiegroepsplan' },
    familyView,
    decision,
    agreements,
  ],
  overdracht: [
    opening,
    { key: 'investigation', title: 'Uitkomst van het raadsonderzoek' },
    familyView,
    { key: 'handover', title: 'Overdracht aan de gecertificeerde instelling' },
    decision,
    agreements,
  ],
  afschaling: [
    opening,
    { key: 'progress', title: 'Verloop van de maatregel' },
    { key: 'safety_now', title: 'Veiligheid nu' },
    familyView,
    { key: 'after_care', title: 'Hulp na afschaling' },
    decision,
    agreements,
  ],
  herbespreking: [
    opening,
    { key: 'conditions', title: 'Voorwaarden van de drang' },
    { key: 'progress', title: 'Wat is er gebeurd' },
    familyView,
    decision,
    agreements,
  ],
};

/** Why the server refused a message or a join. */
export const REALTIME_ERROR_CODES = [
  /** No such tafel, or not yours: the same answer for both. */
  'not_found',
  /** A read-only member sent an update; it was dropped. */
  'read_only',
  /** The message is not of the expected shape, or larger than allowed. */
  'invalid_message',
  /** Too many messages; this one was dropped. */
  'rate_limited',
  /** The room is not joined (join first). */
  'not_joined',
  /** The notes could not be loaded or saved; nothing was changed. Try again later. */
  'notes_unavailable',
  /** The session ended or access was withdrawn; the connection is closed. */
  'unauthorised',
] as const;
export type RealtimeErrorCode = (typeof REALTIME_ERROR_CODES)[number];

export interface RealtimeError {
  code: RealtimeErrorCode;
  message: string;
  tafelId?: string;
}

export type Refusal = { ok: false; error: RealtimeError };

export interface TafelRef {
  tafelId: string;
}

export interface NotesJoined {
  ok: true;
  tafelId: string;
  momentType: MomentType;
  access: NoteAccess;
  agenda: readonly AgendaItem[];
  /** The server's document, as an update relative to the state vector sent with the join. */
  update: Uint8Array;
  /** The server's state vector: send `Y.encodeStateAsUpdate(doc, stateVector)` back as an update. */
  stateVector: Uint8Array;
  /** Everyone present, as an awareness update. */
  awareness: Uint8Array;
}

export interface NotesJoin extends TafelRef {
  /** The client's state vector (`Y.encodeStateVector`); empty for a fresh document. */
  stateVector: Uint8Array;
}

export interface NotesUpdate extends TafelRef {
  /** A Yjs update (`Y.encodeStateAsUpdate` / the `update` event). */
  update: Uint8Array;
}

export interface NotesAwareness extends TafelRef {
  /** A y-protocols awareness update of the client's own state; the server stamps name and role. */
  update: Uint8Array;
}

export type Ack<T = { ok: true }> = (result: T | Refusal) => void;

/**
 * The meeting state besides the text, as committed: every change (the agenda item under discussion,
 * or a change of the tafel through the API: RSVP, attendance, decision, agreements) raises `version`
 * by one. A client that sees a version it did not expect, or reconnects, asks `room:sync` and reloads
 * the tafel's details when `lastChange` is about them.
 */
export interface RoomState {
  tafelId: string;
  version: number;
  /** The agenda item under discussion (a key of the agenda), or null before the first. */
  agendaItem: string | null;
  status: TafelStatus;
  /** What the latest change was: `agenda_item`, `shared_sections`, or the kind of change made through the API. */
  lastChange: string | null;
  /** The agenda items the chair shares with children under 16 ("delen met kind"). */
  sharedSections: string[];
}

/**
 * How much of the notes a member of the room receives: everything, or — a child under 16 — only the
 * plain text of the sections the chair shares, never the Yjs document (decided by the viewer policy).
 */
export type NotesView = 'all' | 'shared';

/** The plain text of the shared sections, in agenda order. */
export interface SharedNotes extends TafelRef {
  sections: { key: string; text: string }[];
}

/** `PUT tafels/:id/room/share`: the chair shares an agenda section with children under 16, or stops. */
export interface RoomShareInput {
  agendaItem: string;
  shared: boolean;
}

export interface RoomSync extends TafelRef {
  /** The last version the client saw (0: none). */
  sinceVersion: number;
}

export interface RoomAgendaItem extends TafelRef {
  agendaItem: string;
}

export type RoomStateReply = { ok: true; state: RoomState; changed: boolean };

/** Client → server. Every message answers through its acknowledgement. */
export interface RealtimeClientEvents {
  'notes:join': (message: NotesJoin, ack: Ack<NotesJoined>) => void;
  /** Acknowledged once the update is committed to the database. */
  'notes:update': (message: NotesUpdate, ack: Ack) => void;
  'notes:awareness': (message: NotesAwareness, ack: Ack) => void;
  'notes:leave': (message: TafelRef, ack: Ack) => void;
  /** The current meeting state, and whether it moved past `sinceVersion` (join the notes first). */
  'room:sync': (message: RoomSync, ack: Ack<RoomStateReply>) => void;
  /** Moves the discussion to an agenda item (those who write the notes). */
  'room:agenda': (message: RoomAgendaItem, ack: Ack<RoomStateReply>) => void;
}

/** Server → client. */
export interface RealtimeServerEvents {
  'notes:update': (message: NotesUpdate) => void;
  'notes:awareness': (message: NotesAwareness) => void;
  /** The meeting state after a committed change. Versions can arrive out of order: keep the highest; on a gap, `room:sync`. */
  'room:state': (state: RoomState) => void;
  /** To children under 16 only: the shared sections' text, after each change of it. */
  'room:shared': (message: SharedNotes) => void;
  /** A refused message without acknowledgement, or the reason the connection is about to close. */
  'realtime:error': (error: RealtimeError) => void;
}

/** The user fields the server stamps on a client's awareness state, under `user`. */
export interface PresenceUser {
  id: string;
  name: string;
  role: TafelRole;
  access: NoteAccess;
}
