import { INestApplication } from '@nestjs/common';
import { io, Socket } from 'socket.io-client';
import request from 'supertest';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import {
  NotesJoined,
  REALTIME_PATH,
  RealtimeClientEvents,
  RealtimeError,
  RealtimeServerEvents,
  Refusal,
  TafelRole,
} from '@tafel/shared/contracts';
import { realtimeParser } from '@tafel/shared/contracts/realtime-parser';
import { TafelParticipantEntity } from '../../src/modules/tafels/entities/tafel-participant.entity';
import { TafelEntity } from '../../src/modules/tafels/entities/tafel.entity';
import { UserEntity } from '../../src/modules/users/user.entity';
import { TEST_PASSWORD, makeTafel } from './factories';

export type ClientSocket = Socket<RealtimeServerEvents, RealtimeClientEvents>;

/** Starts the app's HTTP server (with the socket.io gateway) on a free port; returns its base URL. */
export async function listen(app: INestApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  return (await app.getUrl()).replace('[::1]', '127.0.0.1');
}

/** Logs in over HTTP and returns the raw `Cookie` header a browser would send. */
export async function sessionCookie(app: INestApplication, user: UserEntity): Promise<string> {
  const res = await request(app.getHttpServer())
    .post('/api/v1/auth/login')
    .send({ email: user.email, password: TEST_PASSWORD });
  if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  return cookies.map((c) => c.split(';')[0]).join('; ');
}

/** A toeleiding with seats: professionals by account, family members by membership. */
export async function makeSeatedTafel(
  ds: DataSource,
  caseId: string,
  requestedBy: UserEntity,
  seats: { role: TafelRole; userId?: string; memberId?: string }[],
): Promise<TafelEntity> {
  const tafel = await makeTafel(ds, caseId, requestedBy.id, {
    reason: 'Zorgen over de veiligheid van de kinderen thuis.',
    status: 'scheduled',
  });
  await ds.getRepository(TafelParticipantEntity).save(
    seats.map((s) => ({
      tafelId: tafel.id,
      role: s.role,
      userId: s.userId ?? null,
      memberId: s.memberId ?? null,
    })),
  );
  return tafel;
}

/** Resolves with the first event for which `accept` holds (no fixed sleeps). */
export function nextEvent<T>(
  subscribe: (listener: (value: T) => void) => () => void,
  accept: (value: T) => boolean = () => true,
  timeoutMs = 10_000,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error('timed out waiting for an event'));
    }, timeoutMs);
    const off = subscribe((value) => {
      if (!accept(value)) return;
      clearTimeout(timer);
      off();
      resolve(value);
    });
  });
}

/**
 * A Yjs client of the live notes over a real socket.io connection, as the web app will be: local
 * edits are sent as updates (and remembered until acknowledged); while offline nothing is sent, and on
 * (re)joining the client exchanges state vectors and sends exactly what the server lacks.
 */
export class NotesClient {
  readonly doc = new Y.Doc();
  readonly socket: ClientSocket;
  readonly acknowledged: Uint8Array[] = [];
  readonly refusals: RealtimeError[] = [];
  readonly errors: RealtimeError[] = [];
  /** Milliseconds from sending each acknowledged update to its acknowledgement (committed). */
  readonly ackLatencies: number[] = [];
  private inFlight = new Set<Promise<unknown>>();
  private joined: string | null = null;

  constructor(url: string, cookie: string, origin?: string, headers: Record<string, string> = {}) {
    this.socket = io(url, {
      path: REALTIME_PATH,
      transports: ['websocket'],
      parser: realtimeParser,
      extraHeaders: { ...headers, cookie, ...(origin ? { origin } : {}) },
      reconnection: false,
      forceNew: true,
    });
    this.socket.on('notes:update', ({ update }) => Y.applyUpdate(this.doc, new Uint8Array(update), 'server'));
    this.socket.on('realtime:error', (error) => this.errors.push(error));
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'server' && this.joined && this.socket.connected) this.send(update);
    });
  }

  /** Resolves when connected; rejects with the server's reason when the handshake is refused. */
  connected(): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', (error) => reject(error));
    });
  }

  async join(tafelId: string): Promise<NotesJoined | Refusal> {
    await this.connected();
    const result = await this.socket.emitWithAck('notes:join', {
      tafelId,
      stateVector: Y.encodeStateVector(this.doc),
    });
    if (!result.ok) return result;
    Y.applyUpdate(this.doc, new Uint8Array(result.update), 'server');
    this.joined = tafelId;
    const missing = Y.encodeStateAsUpdate(this.doc, new Uint8Array(result.stateVector));
    if (Y.decodeUpdate(missing).structs.length > 0) this.send(missing);
    return result;
  }

  /** Appends text to an agenda section. */
  type(section: string, text: string): void {
    appendText(this.doc, section, text);
  }

  text(section: string): string {
    return sectionText(this.doc, section);
  }

  /** Resolves once the section's text satisfies `accept`. */
  async waitForText(section: string, accept: (text: string) => boolean): Promise<string> {
    if (accept(this.text(section))) return this.text(section);
    await nextEvent<unknown>(
      (listener) => {
        this.doc.on('update', listener);
        return () => this.doc.off('update', listener);
      },
      () => accept(this.text(section)),
    );
    return this.text(section);
  }

  /** Every update sent so far has been answered (acknowledged or refused). */
  async settled(): Promise<void> {
    while (this.inFlight.size) await Promise.all([...this.inFlight]);
  }

  goOffline(): void {
    this.joined = null;
    this.socket.disconnect();
  }

  close(): void {
    this.socket.disconnect();
    this.doc.destroy();
  }

  private send(update: Uint8Array): void {
    const tafelId = this.joined as string;
    const start = performance.now();
    const sent = this.socket
      .timeout(10_000)
      .emitWithAck('notes:update', { tafelId, update })
      .then(
        (result) => {
          if (!result.ok) return this.refusals.push(result.error);
          this.ackLatencies.push(performance.now() - start);
          return this.acknowledged.push(update);
        },
        () => undefined,
      )
      .finally(() => this.inFlight.delete(sent));
    this.inFlight.add(sent);
  }
}

/** A connected client that has joined the tafel (throws when the join is refused). */
export async function joinedClient(url: string, cookie: string, tafelId: string): Promise<NotesClient> {
  const client = new NotesClient(url, cookie);
  const joined = await client.join(tafelId);
  if (!joined.ok) throw new Error(`join refused: ${joined.error.code}`);
  return client;
}

/** The notes as stored: what a freshly started instance would load. */
export async function storedText(ds: DataSource, tafelId: string, section: string): Promise<string> {
  const doc = new Y.Doc();
  const [snapshot] = await ds.query('SELECT state FROM tafel_note_snapshot WHERE tafel_id = $1', [tafelId]);
  if (snapshot) Y.applyUpdate(doc, snapshot.state);
  const rows: { update: Buffer }[] = await ds.query(
    'SELECT update FROM tafel_note_update WHERE tafel_id = $1 ORDER BY id',
    [tafelId],
  );
  rows.forEach((r) => Y.applyUpdate(doc, r.update));
  return sectionText(doc, section);
}

/** Appends text to an agenda section of a notes document (one paragraph per section is enough here). */
export function appendText(doc: Y.Doc, section: string, text: string): void {
  const fragment = doc.getXmlFragment(section);
  let paragraph = fragment.get(0) as Y.XmlText | undefined;
  doc.transact(() => {
    if (!paragraph) {
      paragraph = new Y.XmlText();
      fragment.insert(0, [paragraph]);
    }
    paragraph.insert(paragraph.length, text);
  });
}

/** A section's text: its paragraphs (writers who start at once may each create one) joined. */
export function sectionText(doc: Y.Doc, section: string): string {
  return doc.getXmlFragment(section).toArray().map(String).join('');
}
