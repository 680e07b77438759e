import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io, Socket } from 'socket.io-client';
import { realtimeParser } from '@tafel/shared/contracts/realtime-parser';
import { binaryFrameHeader, frameBroadcastsOnce } from './broadcast-frames';

describe('binaryFrameHeader', () => {
  it('encodes the three length forms of RFC 6455', () => {
    expect([...binaryFrameHeader(5)]).toEqual([0x82, 5]);
    expect([...binaryFrameHeader(300)]).toEqual([0x82, 126, 1, 44]);
    expect([...binaryFrameHeader(70_000)]).toEqual([0x82, 127, 0, 0, 0, 0, 0, 1, 0x11, 0x70]);
  });
});

describe('frameBroadcastsOnce', () => {
  const server = createServer();
  const ioServer = new Server(server, { transports: ['websocket'], parser: realtimeParser });
  frameBroadcastsOnce(ioServer.sockets.adapter);
  const clients: Socket[] = [];

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    for (let i = 0; i < 2; i++) {
      const client = io(`http://127.0.0.1:${port}`, {
        transports: ['websocket'],
        parser: realtimeParser,
        forceNew: true,
      });
      await new Promise((resolve) => client.once('connect', () => resolve(undefined)));
      clients.push(client);
    }
  });

  afterAll(async () => {
    clients.forEach((client) => client.disconnect());
    await ioServer.close();
  });

  it('builds a binary broadcast’s frame once, and every recipient gets exactly its bytes, in every length form', async () => {
    const frames: Buffer[][] = [];
    const adapter = ioServer.sockets.adapter as unknown as {
      _encode(packet: unknown, options: { wsPreEncodedFrame?: Buffer[] }): unknown[];
    };
    const encode = adapter._encode;
    adapter._encode = (packet, options) => {
      const encoded = encode(packet, options);
      if (options.wsPreEncodedFrame) frames.push(options.wsPreEncodedFrame);
      return encoded;
    };
    for (const size of [3, 200, 70_000]) {
      const bytes = new Uint8Array(size).map((_, i) => i % 251);
      const received = clients.map(
        (client) =>
          new Promise<Uint8Array>((resolve) =>
            client.once('notes:update', (message: { update: Uint8Array }) => resolve(message.update)),
          ),
      );
      ioServer.emit('notes:update', { tafelId: 't', update: bytes });
      for (const update of await Promise.all(received)) expect(Buffer.compare(update, bytes)).toBe(0);
    }
    adapter._encode = encode;
    expect(frames).toHaveLength(3);
    frames.forEach((frame) => expect(frame).toHaveLength(1));
  });
});
