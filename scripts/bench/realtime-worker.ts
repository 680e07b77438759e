/**
 * A client process of the live-notes benchmark (scripts/bench/realtime.ts), forked by it: holds its
 * share of the editors as real Yjs clients — socket.io `NotesClient`s against Tafel, `HocuspocusProvider`s
 * against Hocuspocus — and does what the benchmark asks over IPC. Writers stamp each keystroke with
 * `process.hrtime.bigint()` (CLOCK_MONOTONIC, one clock for every process on the machine) inside the
 * typed token; readers measure its arrival on the same clock.
 */
import { performance } from 'node:perf_hooks';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { NotesClient, appendText, sectionText } from '../../apps/api/test/support/notes-client';

export const SECTION = 'worries';
const TOKEN = /<c(\d+)\.(\w+)\.t(\d+)>/g;

export interface ClientSpec {
  id: number;
  room: string;
  cookie: string;
}

export type WorkerCommand =
  | { type: 'setup'; server: 'tafel' | 'hocuspocus'; url: string; clients: ClientSpec[] }
  | { type: 'join'; ids: number[] }
  | { type: 'type'; rate: number; seconds: number; measureFrom: string }
  | { type: 'report' }
  | { type: 'drop' }
  | { type: 'reconnect'; roomMembers: Record<string, number[]> }
  | { type: 'close' };

/** What the benchmark needs of a client, whichever server it talks to. */
interface BenchClient {
  readonly spec: ClientSpec;
  readonly doc: Y.Doc;
  join(): Promise<void>;
  /** Every edit sent so far is acknowledged by the server (Tafel: committed; Hocuspocus: applied). */
  settled(): Promise<void>;
  drop(): void;
  ackMs(): number[];
  /** The codes of the server's refusals and errors so far. */
  refusals(): string[];
  close(): void;
}

class TafelClient implements BenchClient {
  private readonly notes: NotesClient;
  private dropped = false;
  constructor(
    readonly spec: ClientSpec,
    url: string,
  ) {
    this.notes = new NotesClient(url, spec.cookie);
  }
  get doc(): Y.Doc {
    return this.notes.doc;
  }
  async join(): Promise<void> {
    // Only after a drop or a failed attempt: connect() on a socket still connecting would open a second
    // namespace socket. A handshake that times out in a storm is tried again, as a browser would.
    for (let attempt = 1; ; attempt++) {
      if (this.dropped) this.notes.socket.connect();
      this.dropped = false;
      try {
        await this.notes.connected();
        break;
      } catch (error) {
        if (attempt === 10) throw error;
        this.dropped = true;
      }
    }
    const joined = await this.notes.join(this.spec.room);
    if (!joined.ok) throw new Error(`join refused: ${joined.error.code}`);
    await this.notes.settled();
  }
  settled(): Promise<void> {
    return this.notes.settled();
  }
  drop(): void {
    this.dropped = true;
    this.notes.goOffline();
  }
  ackMs(): number[] {
    return this.notes.ackLatencies.splice(0);
  }
  refusals(): string[] {
    return [...this.notes.refusals, ...this.notes.errors].map((e) => e.code);
  }
  close(): void {
    this.notes.close();
  }
}

class HocusClient implements BenchClient {
  readonly doc = new Y.Doc();
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly provider: HocuspocusProvider;
  private offline = true;
  constructor(
    readonly spec: ClientSpec,
    url: string,
  ) {
    // Node has no WebSocket of its own here: the provider takes the `ws` package's.
    this.socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, autoConnect: false });
    this.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: spec.room,
      document: this.doc,
    });
  }
  async join(): Promise<void> {
    if (this.offline) {
      this.offline = false;
      const synced = new Promise<void>((resolve) => {
        const done = () => (this.provider.off('synced', done), resolve());
        this.provider.on('synced', done);
      });
      // A provider on a socket of its own making is attached explicitly (Hocuspocus 3).
      this.provider.attach();
      void this.socket.connect();
      await synced;
    }
    await this.settled();
  }
  async settled(): Promise<void> {
    while (!this.provider.synced || this.provider.hasUnsyncedChanges)
      await new Promise((resolve) => setTimeout(resolve, 5));
  }
  drop(): void {
    this.offline = true;
    this.socket.disconnect();
  }
  ackMs(): number[] {
    return [];
  }
  refusals(): string[] {
    return [];
  }
  close(): void {
    this.provider.destroy();
    // A socket still (re)connecting throws on close; the run is over either way.
    try {
      this.socket.destroy();
    } catch {
      // closed before it was open
    }
  }
}

const clients = new Map<number, BenchClient>();
const propagationMs: number[] = [];
let measuring = false;
/** Only keystrokes stamped from this moment on (hrtime ns) are measured: the warm-up comes before. */
let measureFrom = 0n;

function reply(message: unknown): void {
  process.send?.(message);
}

/**
 * The writers' stamps of every token in the text an update brings. A token is ASCII and lies whole in
 * one string of the update (Yjs writes an item's text as UTF-8; writers only append, so no token is ever
 * split), so the stamps are read from the bytes as they are: decoding the update into its structs (a
 * second time, after the document did) cost the reader as much as a Yjs transaction over 300 writers.
 */
function stampsOf(update: Uint8Array): bigint[] {
  const bytes = Buffer.from(update.buffer, update.byteOffset, update.byteLength).toString('latin1');
  return [...bytes.matchAll(TOKEN)].map((match) => BigInt(match[3] ?? '0'));
}

function setup(command: Extract<WorkerCommand, { type: 'setup' }>): void {
  for (const spec of command.clients) {
    const client =
      command.server === 'tafel' ? new TafelClient(spec, command.url) : new HocusClient(spec, command.url);
    client.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (!measuring || origin === null) return;
      const now = process.hrtime.bigint();
      for (const stamp of stampsOf(update))
        if (stamp >= measureFrom) propagationMs.push(Number(now - stamp) / 1e6);
    });
    clients.set(spec.id, client);
  }
}

async function type(
  rate: number,
  seconds: number,
  from: bigint,
): Promise<{ typed: Record<string, string[]>; measured: number }> {
  measuring = true;
  measureFrom = from;
  const typed: Record<string, string[]> = {};
  let measured = 0;
  const interval = 1000 / rate;
  const startedAt = performance.now();
  await Promise.all(
    [...clients.values()].map(
      (client) =>
        new Promise<void>((resolve) => {
          let seq = 0;
          const tick = () => {
            if (performance.now() - startedAt > seconds * 1000) return resolve();
            const stamp = process.hrtime.bigint();
            if (stamp >= from) measured++;
            const token = `<c${client.spec.id}.${seq++}.t${stamp}>`;
            (typed[client.spec.room] ??= []).push(token);
            appendText(client.doc, SECTION, token);
            setTimeout(tick, interval);
          };
          setTimeout(tick, Math.random() * interval);
        }),
    ),
  );
  await Promise.all([...clients.values()].map((c) => c.settled()));
  return { typed, measured };
}

/** Reconnects every client at once; resolves with the moment (hrtime ns) each one has every room edit. */
async function reconnect(roomMembers: Record<string, number[]>): Promise<string[]> {
  return Promise.all(
    [...clients.values()].map(async (client) => {
      const expected = (roomMembers[client.spec.room] ?? []).map((id) => `<c${id}.offline.t0>`);
      await client.join();
      while (!expected.every((token) => sectionText(client.doc, SECTION).includes(token)))
        await new Promise((resolve) => setTimeout(resolve, 5));
      return String(process.hrtime.bigint());
    }),
  );
}

process.on('message', (command: WorkerCommand) => {
  const run = async () => {
    switch (command.type) {
      case 'setup':
        return setup(command);
      case 'join':
        // In groups: the set-up is no storm.
        for (let i = 0; i < command.ids.length; i += 50)
          await Promise.all(
            command.ids.slice(i, i + 50).map((id) => clients.get(id)?.join() ?? Promise.resolve()),
          );
        return;
      case 'type':
        return await type(command.rate, command.seconds, BigInt(command.measureFrom));
      case 'report': {
        measuring = false;
        const ackMs = [...clients.values()].flatMap((c) => c.ackMs());
        const refusals = [...clients.values()].flatMap((c) => c.refusals());
        return { propagationMs: propagationMs.splice(0), ackMs, refusals };
      }
      case 'drop':
        // Everyone drops, then types while offline: the edit must arrive once after the reconnect.
        for (const client of clients.values()) {
          client.drop();
          appendText(client.doc, SECTION, `<c${client.spec.id}.offline.t0>`);
        }
        return;
      case 'reconnect':
        return { syncedAt: await reconnect(command.roomMembers) };
      case 'close':
        clients.forEach((c) => c.close());
        setTimeout(() => process.exit(0), 200);
        return;
    }
  };
  run().then(
    (result) => reply({ ok: true, ...(result ?? {}) }),
    (error: unknown) => reply({ ok: false, error: String(error) }),
  );
});
