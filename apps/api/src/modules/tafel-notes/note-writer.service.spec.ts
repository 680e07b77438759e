import { AppConfig } from '../../config/app-config';
import { NoteStore, PendingUpdate } from './note-store.service';
import { NoteWriter } from './note-writer.service';

describe('NoteWriter', () => {
  const store = {
    append: async (batch: PendingUpdate[]) => new Map([['t', batch.map((_, i) => String(i + 1))]]),
  };

  it('acknowledges a large batch in chunks, with turns of the event loop between them', async () => {
    const writer = new NoteWriter(store as unknown as NoteStore, { notesFlushMs: 10 } as AppConfig);
    let acknowledged = 0;
    const writes = Array.from({ length: 50 }, () =>
      writer.write('t', new Uint8Array([0])).then(() => acknowledged++),
    );
    // What another callback of the event loop (a keystroke arriving) sees of the acknowledgements.
    const seen: number[] = [];
    const look = () => {
      seen.push(acknowledged);
      if (acknowledged < writes.length) setImmediate(look);
    };
    setImmediate(look);
    await writer.flush();
    await Promise.all(writes);
    expect(acknowledged).toBe(50);
    expect(seen.filter((n) => n > 0 && n < 50).length).toBeGreaterThan(1);
  });

  it('reports the rows a batch committed, per tafel, and nothing as pending any more', async () => {
    const writer = new NoteWriter(store as unknown as NoteStore, { notesFlushMs: 10 } as AppConfig);
    const committed: Map<string, string[]>[] = [];
    writer.onCommitted = (ids) => committed.push(ids);
    const writes = Array.from({ length: 25 }, () => writer.write('t', new Uint8Array([0])));
    await writer.flush();
    await Promise.all(writes);
    expect(committed).toHaveLength(1);
    expect(committed[0].get('t')).toHaveLength(25);
    expect(writer.hasPending('t')).toBe(false);
  });
});
