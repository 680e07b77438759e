import type { Namespace } from 'socket.io';

type Adapter = Namespace['adapter'];

interface PacketOptions {
  /** The whole WebSocket frame, handed by engine.io to `ws` as is (no framing per connection). */
  wsPreEncodedFrame?: Buffer[];
}

type Encode = (packet: unknown, options: PacketOptions) => unknown[];

/** The header of a final, unmasked (server → client) binary WebSocket frame of `length` bytes (RFC 6455 §5.2). */
export function binaryFrameHeader(length: number): Buffer {
  if (length < 126) return Buffer.from([0x82, length]);
  if (length < 65536) {
    const header = Buffer.from([0x82, 126, 0, 0]);
    header.writeUInt16BE(length, 2);
    return header;
  }
  const header = Buffer.alloc(10);
  header[0] = 0x82;
  header[1] = 127;
  header.writeBigUInt64BE(BigInt(length), 2);
  return header;
}

/**
 * A broadcast's WebSocket frame, built once for all its recipients. socket.io's adapter encodes a
 * broadcast once and, for a text packet, also builds its frame once (`wsPreEncodedFrame`, which engine.io
 * writes to every connection as it is) — but not for a binary one, and with the msgpack parser every
 * packet is binary: each connection would frame it again (`ws`'s `send`: a header and a corked write of
 * two buffers). Here the header and the packet are one buffer, one write per connection. Without
 * perMessageDeflate (socket.io's default, and ours) engine.io uses such a frame on every WebSocket.
 */
export function frameBroadcastsOnce(adapter: Adapter): void {
  const internal = adapter as unknown as { _encode: Encode };
  const encode = internal._encode.bind(adapter);
  internal._encode = (packet, options) => {
    const encoded = encode(packet, options);
    const [only] = encoded;
    if (encoded.length === 1 && only instanceof Uint8Array && !options.wsPreEncodedFrame) {
      const data = Buffer.from(only.buffer, only.byteOffset, only.byteLength);
      options.wsPreEncodedFrame = [Buffer.concat([binaryFrameHeader(data.byteLength), data])];
    }
    return encoded;
  };
}
