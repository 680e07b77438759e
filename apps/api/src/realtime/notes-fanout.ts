import { Injectable, OnModuleDestroy } from '@nestjs/common';
import * as Y from 'yjs';
import { RealtimeService } from './realtime.service';

interface Held {
  updates: Uint8Array[];
  /** The connections the updates came from; null: another instance. */
  senders: Set<string | null>;
}

/** Rooms of up to this many connections (on this instance) get every update the moment it is applied. */
export const IMMEDIATE_ROOM_SIZE = 32;
/** The longest a larger room's update waits for others to go out with. */
export const MAX_WINDOW_MS = 75;
/**
 * A larger room's window is one millisecond per this many connections: each reader then gets at most
 * 1000 / window messages a second, so a room costs at most about 1000 × this many frames a second,
 * however many write in it. Every message is a Yjs transaction at every reader, and a transaction costs
 * work in proportion to the document's writers (its state vector before and after, the update encoded
 * for the 'update' listeners): in a room of 300 that is a quarter of a client's time, so a large room's
 * readers get fewer, larger messages.
 */
const CONNECTIONS_PER_WINDOW_MS = 4;

/** How long a room's updates gather before one merged message (0: each goes out when it arrives). */
export function windowMs(roomSize: number): number {
  if (roomSize <= IMMEDIATE_ROOM_SIZE) return 0;
  return Math.min(MAX_WINDOW_MS, Math.ceil(roomSize / CONNECTIONS_PER_WINDOW_MS));
}

/**
 * Notes updates to a tafel's room on this instance. The first update of a room in a turn of the event
 * loop goes out at once, in the call that applied it, to everyone but its writer — as Hocuspocus sends
 * it; holding it to the end of the turn delayed every keystroke behind the rest of the turn's messages.
 * What else arrives for that room in the same turn (a backlog, when the server falls behind) goes out
 * merged (Y.mergeUpdates) at the end of the turn, so that a busy server sends fewer, larger messages
 * instead of falling further behind. A room of more than IMMEDIATE_ROOM_SIZE connections then opens a
 * window (`windowMs`, growing with the room): what arrives meanwhile goes out merged when it closes.
 * With 300 writers in one room each reader gets a message every 75 ms instead of one per keystroke.
 */
@Injectable()
export class NotesFanout implements OnModuleDestroy {
  /** Rooms that had a message in this turn; what follows for them in it is held in `turnHeld`. */
  private readonly inTurn = new Set<string>();
  private readonly turnHeld = new Map<string, Held>();
  /** Large rooms with an open window; their updates wait in `windowHeld` until it closes. */
  private readonly windows = new Map<string, NodeJS.Timeout>();
  private readonly windowHeld = new Map<string, Held>();

  constructor(private readonly realtime: RealtimeService) {}

  send(tafelId: string, update: Uint8Array, senderSocketId: string | null): void {
    if (this.windows.has(tafelId)) return hold(this.windowHeld, tafelId, update, senderSocketId);
    if (this.inTurn.has(tafelId)) return hold(this.turnHeld, tafelId, update, senderSocketId);
    if (this.inTurn.size === 0) setImmediate(() => this.endTurn());
    this.inTurn.add(tafelId);
    this.emit(tafelId, { updates: [update], senders: new Set([senderSocketId]) });
    this.openWindow(tafelId);
  }

  onModuleDestroy(): void {
    this.windows.forEach((timer) => clearTimeout(timer));
    this.windows.clear();
    this.windowHeld.clear();
  }

  /** What the turn held back goes out, merged per room (a large room's window holds its own). */
  private endTurn(): void {
    this.inTurn.clear();
    this.turnHeld.forEach((batch, tafelId) => this.emit(tafelId, batch));
    this.turnHeld.clear();
  }

  /** After a large room's message: hold what follows for its window, then send it and open another. */
  private openWindow(tafelId: string): void {
    const ms = windowMs(this.realtime.roomSize(tafelId));
    if (ms === 0) return;
    const timer = setTimeout(() => {
      this.windows.delete(tafelId);
      const batch = this.windowHeld.get(tafelId);
      if (!batch) return;
      this.windowHeld.delete(tafelId);
      this.emit(tafelId, batch);
      this.openWindow(tafelId);
    }, ms);
    timer.unref();
    this.windows.set(tafelId, timer);
  }

  private emit(tafelId: string, { updates, senders }: Held): void {
    const update = updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
    // One writer's own keystrokes need not go back to them; a mix goes to everyone (Yjs ignores what a
    // client already has).
    const [only] = senders;
    const except = senders.size === 1 && only ? only : undefined;
    this.realtime.toTafel(tafelId, 'notes:update', { tafelId, update }, except);
  }
}

function hold(held: Map<string, Held>, tafelId: string, update: Uint8Array, sender: string | null): void {
  let batch = held.get(tafelId);
  if (!batch) held.set(tafelId, (batch = { updates: [], senders: new Set() }));
  batch.updates.push(update);
  batch.senders.add(sender);
}
