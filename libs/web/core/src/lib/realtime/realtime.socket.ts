import { Injectable, OnDestroy } from '@angular/core';
import { io, Socket } from 'socket.io-client';
import { REALTIME_PATH, RealtimeClientEvents, RealtimeServerEvents } from '@tafel/shared/contracts';

/** The live room's connection, typed by the contracts' event maps. */
export type RealtimeSocket = Socket<RealtimeServerEvents, RealtimeClientEvents>;

/**
 * The one socket.io connection of the tab (ADR 0007): same origin, WebSocket only, authenticated by
 * the session cookie. Opened on first use; reconnects by itself (rooms are joined again by their users).
 */
@Injectable({ providedIn: 'root' })
export class RealtimeConnection implements OnDestroy {
  private socket: RealtimeSocket | null = null;

  get(): RealtimeSocket {
    this.socket ??= io({ path: REALTIME_PATH, transports: ['websocket'], withCredentials: true });
    return this.socket;
  }

  ngOnDestroy(): void {
    this.socket?.disconnect();
    this.socket = null;
  }
}

/** Binary from the server arrives as an ArrayBuffer in the browser (a Buffer in Node). */
export function toBytes(value: ArrayBuffer | ArrayBufferView): Uint8Array {
  return value instanceof ArrayBuffer
    ? new Uint8Array(value)
    : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}
