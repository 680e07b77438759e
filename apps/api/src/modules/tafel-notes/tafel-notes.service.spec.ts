import { COMPACT_AFTER_UPDATES, NoteStore } from './note-store.service';
import { NoteWriter } from './note-writer.service';
import { TafelNotesService } from './tafel-notes.service';

/** A store whose compactions finish when the test says so; it records how many ran at once. */
class GatedStore {
  running = 0;
  mostAtOnce = 0;
  readonly started: string[] = [];
  private readonly gates: (() => void)[] = [];

  compact(tafelId: string): Promise<boolean> {
    this.started.push(tafelId);
    this.mostAtOnce = Math.max(this.mostAtOnce, ++this.running);
    return new Promise((resolve) =>
      this.gates.push(() => {
        this.running--;
        resolve(true);
      }),
    );
  }

  finishOne(): void {
    this.gates.shift()?.();
  }
}

const turns = () => new Promise((resolve) => setImmediate(resolve));
/** Row ids of a committed batch of n updates. */
const rows = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));

describe('TafelNotesService compaction', () => {
  let store: GatedStore;
  let writer: NoteWriter;
  let notes: TafelNotesService;

  beforeEach(() => {
    store = new GatedStore();
    writer = { onCommitted: () => undefined, flush: async () => undefined } as unknown as NoteWriter;
    notes = new TafelNotesService(store as unknown as NoteStore, writer);
  });
  afterEach(() => notes.onModuleDestroy());

  it('compacts tafels that reach the threshold together one after another, never side by side', async () => {
    writer.onCommitted(
      new Map([
        ['a', rows(2 * COMPACT_AFTER_UPDATES)],
        ['b', rows(2 * COMPACT_AFTER_UPDATES)],
        ['c', rows(1)],
      ]),
    );
    await turns();
    expect(store.started).toEqual(['a']);
    store.finishOne();
    await turns();
    expect(store.started).toEqual(['a', 'b']);
    store.finishOne();
    await turns();
    expect(store.mostAtOnce).toBe(1);
  });

  it('starts no queued compaction once the application shuts down, and waits for the running one', async () => {
    writer.onCommitted(
      new Map([
        ['a', rows(2 * COMPACT_AFTER_UPDATES)],
        ['b', rows(2 * COMPACT_AFTER_UPDATES)],
      ]),
    );
    await turns();
    const stopped = notes.beforeApplicationShutdown();
    store.finishOne();
    await stopped;
    expect(store.started).toEqual(['a']);
  });
});
