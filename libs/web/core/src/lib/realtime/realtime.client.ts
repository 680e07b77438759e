import { io } from 'socket.io-client';
import { REALTIME_PATH } from '@tafel/shared/contracts';
import { realtimeParser } from '@tafel/shared/contracts/realtime-parser';
import type { RealtimeSocket } from './realtime.socket';

/**
 * Loaded by `RealtimeConnection` on first use, so that the socket.io client and the live room's wire
 * format (msgpack: a Yjs update is one binary frame) stay out of the initial bundle.
 */
export function openRealtimeSocket(): RealtimeSocket {
  return io({
    path: REALTIME_PATH,
    transports: ['websocket'],
    withCredentials: true,
    parser: realtimeParser,
  });
}
