import { Injectable } from '@nestjs/common';
import type { RealtimeServerEvents } from '@tafel/shared/contracts';
import { InterServerEvents, RealtimeServer, tafelRoom } from './realtime.types';

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

  /** To the tafel's room on every instance (through the Redis adapter when there is one). */
  toTafelEverywhere<E extends ServerEvent>(
    tafelId: string,
    event: E,
    message: Parameters<RealtimeServerEvents[E]>[0],
  ): void {
    if (!this.server) return;
    const target = this.server.to(tafelRoom(tafelId));
    (target.emit as (event: E, message: Parameters<RealtimeServerEvents[E]>[0]) => boolean)(event, message);
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
