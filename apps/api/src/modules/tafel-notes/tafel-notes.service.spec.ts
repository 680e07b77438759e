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

  it('spreads the compactions of tafels typed in at the same pace over a threshold’s worth of updates', async () => {
    const tafels = Array.from({ length: 40 }, (_, i) => `t${i}`);
    const firstAt = new Map<string, number>();
    let typed = 0;
    const counting = { compact: async (id: string) => (firstAt.has(id) || firstAt.set(id, typed), true) };
    const spread = new TafelNotesService(counting as unknown as NoteStore, writer);
    for (typed = 1; typed <= 2 * COMPACT_AFTER_UPDATES; typed++) {
      writer.onCommitted(new Map(tafels.map((id) => [id, rows(1)])));
      await turns();
    }
    spread.onModuleDestroy();
    const at = [...firstAt.values()];
    expect(at).toHaveLength(tafels.length);
    expect(Math.min(...at)).toBeGreaterThanOrEqual(COMPACT_AFTER_UPDATES);
    expect(Math.max(...at)).toBeLessThan(2 * COMPACT_AFTER_UPDATES);
    // Uniform over 200 steps, 40 tafels fall on far more than 10 distinct ones (all but certainly > 30).
    expect(new Set(at).size).toBeGreaterThan(10);
  });
});
