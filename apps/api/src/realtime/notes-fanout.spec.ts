import * as Y from 'yjs';
import { NotesFanout } from './notes-fanout';
import { RealtimeService } from './realtime.service';

/** A Yjs update that types `text` into a section, as a client of its own. */
function typed(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('worries').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

describe('NotesFanout', () => {
  const sent: { tafelId: string; update: Uint8Array; except?: string }[] = [];
  const realtime = {
    toTafel: (tafelId: string, _event: string, message: { update: Uint8Array }, except?: string) =>
      sent.push({ tafelId, update: message.update, except }),
  } as unknown as RealtimeService;
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  beforeEach(() => sent.splice(0));

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
});
