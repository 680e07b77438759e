import { Injectable, OnDestroy } from '@angular/core';
import type { Socket } from 'socket.io-client';
import type { RealtimeClientEvents, RealtimeServerEvents } from '@tafel/shared/contracts';

/** The live room's connection, typed by the contracts' event maps. */
export type RealtimeSocket = Socket<RealtimeServerEvents, RealtimeClientEvents>;

/**
 * The one socket.io connection of the tab (ADR 0007): same origin, WebSocket only, authenticated by
 * the session cookie. Opened on first use — the client library is loaded then, so it stays out of the
 * initial bundle; reconnects by itself (rooms are joined again by their users).
 */
@Injectable({ providedIn: 'root' })
export class RealtimeConnection implements OnDestroy {
  private socket: Promise<RealtimeSocket> | null = null;

  get(): Promise<RealtimeSocket> {
    this.socket ??= import('./realtime.client').then(({ openRealtimeSocket }) => openRealtimeSocket());
    return this.socket;
  }

  ngOnDestroy(): void {
    void this.socket?.then((socket) => socket.disconnect());
    this.socket = null;
  }
}
