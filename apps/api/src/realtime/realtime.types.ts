import type { Server, Socket } from 'socket.io';
import type { RealtimeClientEvents, RealtimeServerEvents } from '@tafel/shared/contracts';
import type { AuthUser } from '../common/auth/auth-user';
import type { RoomGrant } from './room-access';

/**
 * Between API instances (through the Redis adapter): what another instance's notes need. The adapter
 * sends these as JSON, so the Yjs bytes travel base64-encoded.
 */
export interface InterServerEvents {
  'notes:update': (tafelId: string, base64: string) => void;
  'notes:awareness': (tafelId: string, base64: string) => void;
}

export interface SocketData {
  user: AuthUser;
  /** The rooms this connection joined, with what it may do there. */
  grants: Map<string, RoomGrant>;
}

export type RealtimeServer = Server<
  RealtimeClientEvents,
  RealtimeServerEvents,
  InterServerEvents,
  SocketData
>;
export type RealtimeSocket = Socket<
  RealtimeClientEvents,
  RealtimeServerEvents,
  InterServerEvents,
  SocketData
>;

/** The socket.io room of a tafel. */
export const tafelRoom = (tafelId: string) => `tafel:${tafelId}`;

/** The socket.io room of a tafel's children under 16: the meeting state and the shared sections' text only. */
export const sharedRoom = (tafelId: string) => `tafel:${tafelId}:shared`;

/** The socket.io rooms of one user's and one session's connections: to close them on every instance. */
export const userRoom = (userId: string) => `user:${userId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
