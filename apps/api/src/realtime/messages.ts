import {
  NotesAwareness,
  NotesJoin,
  NotesUpdate,
  REALTIME_MAX_MESSAGE_BYTES,
  RoomAgendaItem,
  RoomSync,
  TafelRef,
} from '@tafel/shared/contracts';

/**
 * A tafel id in the one spelling the API hands out (lowercase, as PostgreSQL prints a uuid): a tafel is
 * then one room and one document on an instance, and the rows its batches get back (keyed by
 * PostgreSQL's spelling) are those of that document — compaction deletes rows by it.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOnly(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key));
}

/** Binary within the message limit (socket.io hands the server a Buffer, a Uint8Array). */
function isBytes(value: unknown, allowEmpty = false): value is Uint8Array {
  return (
    value instanceof Uint8Array &&
    value.byteLength <= REALTIME_MAX_MESSAGE_BYTES &&
    (allowEmpty || value.byteLength > 0)
  );
}

export function isTafelRef(value: unknown): value is TafelRef {
  return (
    isRecord(value) &&
    hasOnly(value, ['tafelId']) &&
    typeof value['tafelId'] === 'string' &&
    UUID.test(value['tafelId'])
  );
}

function isRefWith(value: unknown, field: string, allowEmpty: boolean): boolean {
  if (!isRecord(value) || !hasOnly(value, ['tafelId', field])) return false;
  return isTafelRef({ tafelId: value['tafelId'] }) && isBytes(value[field], allowEmpty);
}

export const isNotesJoin = (value: unknown): value is NotesJoin => isRefWith(value, 'stateVector', true);
export const isNotesUpdate = (value: unknown): value is NotesUpdate => isRefWith(value, 'update', false);
export const isNotesAwareness = (value: unknown): value is NotesAwareness =>
  isRefWith(value, 'update', false);

export const isRoomSync = (value: unknown): value is RoomSync =>
  isRecord(value) &&
  hasOnly(value, ['tafelId', 'sinceVersion']) &&
  isTafelRef({ tafelId: value['tafelId'] }) &&
  Number.isSafeInteger(value['sinceVersion']) &&
  (value['sinceVersion'] as number) >= 0;

export const isRoomAgendaItem = (value: unknown): value is RoomAgendaItem =>
  isRecord(value) &&
  hasOnly(value, ['tafelId', 'agendaItem']) &&
  isTafelRef({ tafelId: value['tafelId'] }) &&
  typeof value['agendaItem'] === 'string' &&
  value['agendaItem'].length <= 40;
