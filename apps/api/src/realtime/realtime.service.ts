import { Injectable } from '@nestjs/common';
import type { RealtimeServerEvents, SharedNotes } from '@tafel/shared/contracts';
import { InterServerEvents, RealtimeServer, sharedRoom, tafelRoom } from './realtime.types';

type ServerEvent = keyof RealtimeServerEvents;

/**
 * The one way out to live clients: features and the gateway emit through here, typed by the contracts'
 * event maps. `toTafel` reaches the room's connections on this instance; `relay` tells the other
 * instances (each then updates its own document and its own connections).
 */
@Injectable()
export class RealtimeService {
  private server: RealtimeServer | null = null;
  private clustered = false;

  attach(server: RealtimeServer, clustered: boolean): void {
    this.server = server;
    this.clustered = clustered;
  }

  /** To this instance's connections in a tafel's room, optionally except one. */
  toTafel<E extends ServerEvent>(
    tafelId: string,
    event: E,
    message: Parameters<RealtimeServerEvents[E]>[0],
    exceptSocketId?: string,
  ): void {
    if (!this.server) return;
    let target = this.server.local.to(tafelRoom(tafelId));
    if (exceptSocketId) target = target.except(exceptSocketId);
    (target.emit as (event: E, message: Parameters<RealtimeServerEvents[E]>[0]) => boolean)(event, message);
  }

  /**
   * To the tafel's room on every instance (through the Redis adapter when there is one), and to its
   * children under 16 with it: only the meeting state goes this way, never note content.
   */
  toTafelEverywhere<E extends 'room:state'>(
    tafelId: string,
    event: E,
    message: Parameters<RealtimeServerEvents[E]>[0],
  ): void {
    if (!this.server) return;
    const target = this.server.to([tafelRoom(tafelId), sharedRoom(tafelId)]);
    (target.emit as (event: E, message: Parameters<RealtimeServerEvents[E]>[0]) => boolean)(event, message);
  }

  /** The shared sections' text to the tafel's children under 16: on this instance, or on every one. */
  toShared(message: SharedNotes, everywhere: boolean): void {
    if (!this.server) return;
    const room = sharedRoom(message.tafelId);
    (everywhere ? this.server.to(room) : this.server.local.to(room)).emit('room:shared', message);
  }

  /** How many connections of this instance are in a tafel's room. */
  roomSize(tafelId: string): number {
    return this.server?.sockets.adapter.rooms.get(tafelRoom(tafelId))?.size ?? 0;
  }

  /** Whether children under 16 follow the tafel on this instance. */
  hasSharedViewers(tafelId: string): boolean {
    return (this.server?.sockets.adapter.rooms.get(sharedRoom(tafelId))?.size ?? 0) > 0;
  }

  /** To the other API instances (no-op on a single instance). */
  relay(event: keyof InterServerEvents, tafelId: string, update: Uint8Array): void {
    if (!this.server || !this.clustered) return;
    this.server.serverSideEmit(
      event,
      tafelId,
      Buffer.from(update.buffer, update.byteOffset, update.byteLength).toString('base64'),
    );
  }
}
