import { AppConfig } from '../../config/app-config';
import { NoteStore, PendingUpdate } from './note-store.service';
import { NoteWriter } from './note-writer.service';

/** A store that numbers the rows of each batch, as the database would, or fails every batch. */
function storeThat(fails: boolean) {
  let lastId = 0;
  return {
    append: async (batch: PendingUpdate[]) => {
      if (fails) throw new Error('database down');
      const ids = new Map<string, string[]>();
      for (const { tafelId } of batch) ids.set(tafelId, [...(ids.get(tafelId) ?? []), String(++lastId)]);
      return ids;
    },
  } as unknown as NoteStore;
}

const config = { notesFlushMs: 10 } as AppConfig;

describe('NoteWriter', () => {
  it('reports the rows a committed batch holds, per tafel, once nothing of it is pending', async () => {
    const writer = new NoteWriter(storeThat(false), config);
    const committed: { ids: Map<string, string[]>; pending: boolean }[] = [];
    writer.onCommitted = (ids) => committed.push({ ids, pending: writer.hasPending('a') });
    const writes = ['a', 'b', 'a'].map((tafelId) => writer.write(tafelId, new Uint8Array([0])));
    await writer.flush();
    await Promise.all(writes);
    expect(committed).toEqual([
      {
        ids: new Map([
          ['a', ['1', '3']],
          ['b', ['2']],
        ]),
        pending: false,
      },
    ]);
  });

  it('reports no rows for a batch that failed, whose writes are refused', async () => {
    const writer = new NoteWriter(storeThat(true), config);
    const committed: Map<string, string[]>[] = [];
    writer.onCommitted = (ids) => committed.push(ids);
    const write = writer.write('a', new Uint8Array([0]));
    await writer.flush();
    await expect(write).rejects.toThrow('database down');
    expect(committed).toEqual([]);
    expect(writer.hasPending('a')).toBe(false);
  });
});
