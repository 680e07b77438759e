import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { PresenceUser } from '@tafel/shared/contracts';

/** Largest awareness state (cursor, selection) a client may send, in characters of JSON. */
const MAX_STATE_CHARS = 4096;

interface Entry {
  clientId: number;
  clock: number;
  state: Record<string, unknown> | null;
}

/**
 * Re-encodes a client's awareness update with `user` set by the server, so nobody can appear under
 * another name or role. Returns null when the bytes are not an awareness update, carry a state that is
 * not an object, or speak for a Yjs client id that `mayUse` refuses (someone else's).
 */
export function stampPresence(
  update: Uint8Array,
  user: PresenceUser,
  mayUse: (clientId: number) => boolean,
): { update: Uint8Array; clientIds: number[] } | null {
  const entries = decodeEntries(update);
  if (!entries || entries.length === 0 || !entries.every((e) => mayUse(e.clientId))) return null;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state === null ? null : { ...state, user }));
  }
  return { update: encoding.toUint8Array(encoder), clientIds: entries.map((e) => e.clientId) };
}

function decodeEntries(update: Uint8Array): Entry[] | null {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    if (count > 8) return null;
    const entries: Entry[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const json = decoding.readVarString(decoder);
      if (json.length > MAX_STATE_CHARS) return null;
      const state: unknown = JSON.parse(json);
      if (state !== null && (typeof state !== 'object' || Array.isArray(state))) return null;
      entries.push({ clientId, clock, state: state as Record<string, unknown> | null });
    }
    return decoding.hasContent(decoder) ? null : entries;
  } catch {
    return null;
  }
}
