import * as Y from 'yjs';
import { NoteAccess, NotesUpdate, NOTE_AGENDAS } from '@tafel/shared/contracts';
import { NotesSession, NotesTransport } from './notes-session';

const tafelId = '3f1c2a56-8a4e-4c11-9a43-0d1e2f3a4b5c';

/** A stand-in for the server's side of the protocol: one document, acknowledgements, broadcast. */
class FakeRoom {
  readonly doc = new Y.Doc();
  private readonly listeners = new Set<(m: NotesUpdate) => void>();

  transport(access: NoteAccess, online: () => boolean): NotesTransport {
    const own = new Set<(m: NotesUpdate) => void>();
    return {
      join: async ({ stateVector }) => ({
        ok: true,
        tafelId,
        momentType: 'toeleiding',
        access,
        agenda: NOTE_AGENDAS.toeleiding,
        update: Y.encodeStateAsUpdate(this.doc, stateVector),
        stateVector: Y.encodeStateVector(this.doc),
        awareness: new Uint8Array(),
      }),
      update: async (message) => {
        if (!online()) throw new Error('offline');
        if (access === 'read') return { ok: false, error: { code: 'read_only', message: 'read only' } };
        Y.applyUpdate(this.doc, message.update);
        this.listeners.forEach((l) => !own.has(l) && l(message));
        return { ok: true };
      },
      onUpdate: (listener) => {
        own.add(listener);
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
      },
      onReconnect: () => () => undefined,
    };
  }
}

const write = (session: NotesSession, text: string) => {
  const fragment = session.doc.getXmlFragment('worries');
  const paragraph = (fragment.get(0) as Y.XmlText | undefined) ?? new Y.XmlText();
  if (!fragment.length) fragment.insert(0, [paragraph]);
  paragraph.insert(paragraph.length, text);
};
const text = (doc: Y.Doc) =>
  (doc.getXmlFragment('worries').get(0) as Y.XmlText | undefined)?.toString() ?? '';
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('NotesSession', () => {
  it('sends local edits, forgets them once acknowledged, and applies the room’s edits', async () => {
    const room = new FakeRoom();
    const a = new NotesSession(
      room.transport('write', () => true),
      tafelId,
    );
    const b = new NotesSession(
      room.transport('write', () => true),
      tafelId,
    );
    await a.join();
    await b.join();
    write(a, 'Moeder ');
    write(b, 'Vader');
    await settle();
    expect(text(room.doc)).toBe(text(a.doc));
    expect(text(b.doc)).toBe(text(a.doc));
    expect(a.unacknowledged.size + b.unacknowledged.size).toBe(0);
  });

  it('keeps edits made offline and sends exactly what the server lacks on the next join', async () => {
    const room = new FakeRoom();
    let online = true;
    const session = new NotesSession(
      room.transport('write', () => online),
      tafelId,
    );
    await session.join();
    write(session, 'A ');
    await settle();
    online = false;
    session.offline();
    write(session, 'offline');
    await settle();
    expect(session.unacknowledged.size).toBe(1);
    online = true;
    await session.join();
    await session.join();
    expect(text(room.doc)).toBe('A offline');
    expect(session.unacknowledged.size).toBe(0);
  });

  it('drops an edit the server refuses as read-only and says why', async () => {
    const room = new FakeRoom();
    const session = new NotesSession(
      room.transport('read', () => true),
      tafelId,
    );
    expect(await session.join()).toBe('live');
    write(session, 'Wij zijn het oneens');
    await settle();
    expect(session.lastError?.code).toBe('read_only');
    expect(session.unacknowledged.size).toBe(0);
    expect(text(room.doc)).toBe('');
  });
});
