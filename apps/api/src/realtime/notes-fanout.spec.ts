import * as Y from 'yjs';
import { IMMEDIATE_ROOM_SIZE, MAX_WINDOW_MS, NotesFanout, windowMs } from './notes-fanout';
import { RealtimeService } from './realtime.service';

/** A Yjs update that types `text` into a section, as a client of its own. */
function typed(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('worries').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

describe('NotesFanout', () => {
  const sent: { tafelId: string; update: Uint8Array; except?: string }[] = [];
  let roomSize = 5;
  const realtime = {
    toTafel: (tafelId: string, _event: string, message: { update: Uint8Array }, except?: string) =>
      sent.push({ tafelId, update: message.update, except }),
    roomSize: () => roomSize,
  } as unknown as RealtimeService;
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  const text = (update: Uint8Array) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update);
    return doc.getText('worries').toString().split('').sort().join('');
  };
  beforeEach(() => {
    sent.splice(0);
    roomSize = 5;
  });

  it('sends a lone update in the same turn, to everyone but its writer', async () => {
    const fanout = new NotesFanout(realtime);
    const update = typed('a');
    fanout.send('t1', update, 'socket-a');
    expect(sent).toEqual([]);
    await turn();
    expect(sent).toEqual([{ tafelId: 't1', update, except: 'socket-a' }]);
  });

  it('merges what arrives in one turn into one message per room, to everyone when writers differ', async () => {
    const fanout = new NotesFanout(realtime);
    fanout.send('t1', typed('a'), 'socket-a');
    fanout.send('t1', typed('b'), 'socket-b');
    fanout.send('t2', typed('c'), null);
    await turn();
    expect(sent.map((s) => [s.tafelId, s.except])).toEqual([
      ['t1', undefined],
      ['t2', undefined],
    ]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, sent[0]?.update as Uint8Array);
    expect(doc.getText('worries').toString().split('').sort().join('')).toBe('ab');
    fanout.send('t1', typed('d'), 'socket-a');
    await turn();
    expect(sent).toHaveLength(3);
  });

  it('gives rooms the size of a tafel no window, larger rooms one that grows with them', () => {
    expect(windowMs(IMMEDIATE_ROOM_SIZE)).toBe(0);
    expect(windowMs(IMMEDIATE_ROOM_SIZE + 1)).toBeGreaterThan(0);
    expect(windowMs(300)).toBe(75);
    expect(windowMs(10_000)).toBe(MAX_WINDOW_MS);
  });

  it('in a large room sends the first update at once, then what its window gathered as one message', () => {
    // On the fake clock: under load, building the updates can take longer than the window itself.
    jest.useFakeTimers();
    try {
      roomSize = 40;
      const fanout = new NotesFanout(realtime);
      const elapse = (ms: number) => jest.advanceTimersByTime(ms);
      fanout.send('t1', typed('a'), 'socket-a');
      elapse(0);
      expect(sent.map((s) => text(s.update))).toEqual(['a']);
      fanout.send('t1', typed('b'), 'socket-b');
      fanout.send('t1', typed('c'), 'socket-c');
      elapse(0);
      expect(sent).toHaveLength(1);
      elapse(windowMs(roomSize));
      expect(sent.map((s) => [text(s.update), s.except])).toEqual([
        ['a', 'socket-a'],
        ['bc', undefined],
      ]);
      // A window in which nothing arrived closes: the next update goes out at once again.
      elapse(2 * windowMs(roomSize));
      fanout.send('t1', typed('d'), 'socket-a');
      elapse(0);
      expect(sent.map((s) => text(s.update))).toEqual(['a', 'bc', 'd']);
      fanout.onModuleDestroy();
    } finally {
      jest.useRealTimers();
    }
  });
});
