import { Injectable } from '@nestjs/common';
import * as Y from 'yjs';
import { RealtimeService } from './realtime.service';

interface Pending {
  updates: Uint8Array[];
  /** The connections the updates came from; null: another instance. */
  senders: Set<string | null>;
}

/**
 * Notes updates to a tafel's room on this instance: sent in the same turn of the event loop in which
 * they arrived — no timer —, but everything that arrived in that turn goes out as one merged update per
 * room. Under load a burst of keystrokes is one message to each reader instead of one per keystroke
 * (with 300 writers in one room, a few hundred times fewer frames); on a quiet server every update goes
 * out alone, to everyone but its writer.
 */
@Injectable()
export class NotesFanout {
  private pending = new Map<string, Pending>();
  private scheduled = false;

  constructor(private readonly realtime: RealtimeService) {}

  send(tafelId: string, update: Uint8Array, senderSocketId: string | null): void {
    let batch = this.pending.get(tafelId);
    if (!batch) this.pending.set(tafelId, (batch = { updates: [], senders: new Set() }));
    batch.updates.push(update);
    batch.senders.add(senderSocketId);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.scheduled = false;
    const batches = this.pending;
    this.pending = new Map();
    for (const [tafelId, { updates, senders }] of batches) {
      const update = updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
      // One writer's own keystrokes need not go back to them; a mix goes to everyone (Yjs ignores what a
      // client already has).
      const [only] = senders;
      const except = senders.size === 1 && only ? only : undefined;
      this.realtime.toTafel(tafelId, 'notes:update', { tafelId, update }, except);
    }
  }
}
