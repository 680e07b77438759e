/**
 * The live room's wire format (ADR 0007), for the server and every client: socket.io packets as
 * msgpack (`socket.io-msgpack-parser`), so that a message with a Yjs update is one binary WebSocket
 * frame — socket.io's default parser sends it as two (a text header and the attachment).
 *
 * A secondary entry point: the web app loads it with the socket.io client, out of the initial bundle.
 */
import { Decoder as MsgpackDecoder, Encoder as MsgpackEncoder, protocol } from 'socket.io-msgpack-parser';

interface Packet {
  type: number;
  nsp: string;
  data?: unknown;
  id?: number;
}

type NodeBuffer = { from(buffer: ArrayBufferLike, offset: number, length: number): Uint8Array };
const NodeBuffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;

/**
 * The msgpack library under the parser writes binary as msgpack `bin` only when it is a Node Buffer
 * (in Node) or an ArrayBuffer (in the browser) — a plain Uint8Array would become an extension type in
 * Node and a map of numbers in the browser —, and reads `bin` back as a Buffer in Node and an
 * ArrayBuffer in the browser. So every Uint8Array goes out as the one and comes in as a Uint8Array:
 * the contracts' event maps (`Uint8Array`) hold on both ends.
 */
const toWire: (bytes: Uint8Array) => unknown = NodeBuffer
  ? (bytes) => NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  : (bytes) =>
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
        ? bytes.buffer
        : bytes.slice().buffer;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A copy of a message with every Uint8Array (or ArrayBuffer) replaced; plain objects and arrays only. */
function mapBytes(value: unknown, map: (bytes: Uint8Array) => unknown): unknown {
  if (value instanceof Uint8Array) return map(value);
  if (value instanceof ArrayBuffer) return map(new Uint8Array(value));
  if (Array.isArray(value)) return value.map((item) => mapBytes(item, map));
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = mapBytes(value[key], map);
  return copy;
}

class Encoder extends MsgpackEncoder {
  override encode(packet: Packet): ArrayBuffer {
    return super.encode({ ...packet, data: mapBytes(packet.data, toWire) });
  }
}

class Decoder extends MsgpackDecoder {
  /** Called by `add` for every decoded packet before it is handed on: checked, then binary as Uint8Array. */
  override checkPacket(packet: Packet): void {
    super.checkPacket(packet);
    if (Array.isArray(packet.data)) packet.data = mapBytes(packet.data, (bytes) => bytes);
  }
}

/** The `parser` option of the socket.io server and of every socket.io client of the live room. */
export const realtimeParser = { protocol, Encoder, Decoder };
