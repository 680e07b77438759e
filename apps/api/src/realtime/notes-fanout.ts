import { Injectable, OnModuleDestroy } from '@nestjs/common';
import * as Y from 'yjs';
import { RealtimeService } from './realtime.service';

interface Pending {
  updates: Uint8Array[];
  /** The connections the updates came from; null: another instance. */
  senders: Set<string | null>;
}

/** Rooms of up to this many connections (on this instance) get every update in the turn it arrived. */
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

/** How long a room's updates gather before one merged message (0: in the turn they arrived). */
export function windowMs(roomSize: number): number {
  if (roomSize <= IMMEDIATE_ROOM_SIZE) return 0;
  return Math.min(MAX_WINDOW_MS, Math.ceil(roomSize / CONNECTIONS_PER_WINDOW_MS));
}

/**
 * Notes updates to a tafel's room on this instance, merged with Y.mergeUpdates into one message per room.
 * A room of up to IMMEDIATE_ROOM_SIZE connections (any tafel as it meets) gets everything in the turn of
 * the event loop in which it arrived — no timer; on a quiet server every update goes out alone, to
 * everyone but its writer. A larger room gets the first update after a pause at once too, but then opens
 * a window (`windowMs`, growing with the room): what arrives meanwhile goes out merged when it closes.
 * With 300 writers in one room each reader gets a message every 75 ms instead of one per keystroke.
 */
@Injectable()
export class NotesFanout implements OnModuleDestroy {
  private pending = new Map<string, Pending>();
  private scheduled = false;
  /** Large rooms with an open window; their updates wait in `held` until it closes. */
  private readonly windows = new Map<string, NodeJS.Timeout>();
  private readonly held = new Map<string, Pending>();

  constructor(private readonly realtime: RealtimeService) {}

  send(tafelId: string, update: Uint8Array, senderSocketId: string | null): void {
    const target = this.windows.has(tafelId) ? this.held : this.pending;
    add(target, tafelId, update, senderSocketId);
    if (target === this.held || this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  onModuleDestroy(): void {
    this.windows.forEach((timer) => clearTimeout(timer));
    this.windows.clear();
    this.held.clear();
  }

  private flush(): void {
    this.scheduled = false;
    const batches = this.pending;
    this.pending = new Map();
    for (const [tafelId, batch] of batches) {
      this.emit(tafelId, batch);
      this.openWindow(tafelId);
    }
  }

  /** After a large room's message: hold what follows for its window, then send it and open another. */
  private openWindow(tafelId: string): void {
    const ms = windowMs(this.realtime.roomSize(tafelId));
    if (ms === 0) return;
    const timer = setTimeout(() => {
      this.windows.delete(tafelId);
      const batch = this.held.get(tafelId);
      if (!batch) return;
      this.held.delete(tafelId);
      this.emit(tafelId, batch);
      this.openWindow(tafelId);
    }, ms);
    timer.unref();
    this.windows.set(tafelId, timer);
  }

  private emit(tafelId: string, { updates, senders }: Pending): void {
    const update = updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
    // One writer's own keystrokes need not go back to them; a mix goes to everyone (Yjs ignores what a
    // client already has).
    const [only] = senders;
    const except = senders.size === 1 && only ? only : undefined;
    this.realtime.toTafel(tafelId, 'notes:update', { tafelId, update }, except);
  }
}

function add(to: Map<string, Pending>, tafelId: string, update: Uint8Array, sender: string | null): void {
  let batch = to.get(tafelId);
  if (!batch) to.set(tafelId, (batch = { updates: [], senders: new Set() }));
  batch.updates.push(update);
  batch.senders.add(sender);
}
