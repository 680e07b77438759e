import { realtimeParser } from './realtime-parser';

const EVENT = 2;

function roundTrip(packet: { type: number; nsp: string; data: unknown[]; id?: number }) {
  const frames = new realtimeParser.Encoder().encode(packet) as unknown as unknown[];
  const decoder = new realtimeParser.Decoder();
  const decoded: unknown[] = [];
  decoder.on('decoded', (value) => decoded.push(value));
  frames.forEach((frame) => decoder.add(frame));
  return { frames, decoded };
}

describe('realtimeParser', () => {
  it('sends a message with binary content as one binary frame', () => {
    const { frames } = roundTrip({
      type: EVENT,
      nsp: '/',
      data: ['notes:update', { tafelId: 't', update: new Uint8Array([1, 2, 3]) }],
      id: 7,
    });
    expect(frames).toHaveLength(1);
    expect(frames[0]).toBeInstanceOf(Uint8Array);
  });

  it('gives back every Uint8Array as a Uint8Array with exactly its bytes, also a view into a larger buffer', () => {
    const larger = new Uint8Array([9, 9, 1, 2, 3, 9]);
    const view = larger.subarray(2, 5);
    const { decoded } = roundTrip({
      type: EVENT,
      nsp: '/',
      data: ['notes:joined', { ok: true, update: view, nested: [{ awareness: new Uint8Array([0]) }] }],
    });
    const [packet] = decoded as {
      data: [string, { update: Uint8Array; nested: { awareness: Uint8Array }[] }];
    }[];
    const message = packet?.data[1];
    expect(message?.update).toBeInstanceOf(Uint8Array);
    expect([...(message?.update ?? [])]).toEqual([1, 2, 3]);
    expect([...(message?.nested[0]?.awareness ?? [])]).toEqual([0]);
  });

  it('leaves the sender’s message as it was', () => {
    const message = { tafelId: 't', update: new Uint8Array([4]) };
    new realtimeParser.Encoder().encode({ type: EVENT, nsp: '/', data: ['notes:update', message] });
    expect(message.update).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(message.update)).toBe(false);
  });

  it('refuses what is not a socket.io packet in msgpack (the server then closes the connection)', () => {
    const decoder = new realtimeParser.Decoder();
    expect(() => decoder.add(new Uint8Array([0xc1]))).toThrow();
    expect(() => decoder.add(Buffer.from([0x81, 0xa4, 0x74, 0x79, 0x70, 0x65, 0x09]))).toThrow();
  });
});
