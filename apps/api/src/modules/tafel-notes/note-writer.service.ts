import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { NoteStore, PendingUpdate } from './note-store.service';
/** Rows per INSERT at most (two parameters each). */
const MAX_BATCH = 1000;

interface Waiting extends PendingUpdate {
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Appends notes updates in batches: every `NOTES_FLUSH_MS` (at most 500 ms, well under the 1 s
 * durability target), or as soon as a full batch is waiting, one multi-row INSERT for all tafels. The promise of `write` settles when the update's batch is committed
 * (or failed): only then is a client acknowledged. On shutdown everything still waiting is flushed
 * before the database closes.
 */
@Injectable()
export class NoteWriter implements BeforeApplicationShutdown {
  private readonly logger = new Logger(NoteWriter.name);
  private waiting: Waiting[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  private readonly pendingPerTafel = new Map<string, number>();
  /** Called after each committed batch with the ids of its rows per tafel (compaction hooks in here). */
  onCommitted: (idsPerTafel: Map<string, string[]>) => void = () => undefined;

  private readonly intervalMs: number;

  constructor(
    private readonly store: NoteStore,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.intervalMs = config.notesFlushMs;
  }

  write(tafelId: string, update: Uint8Array): Promise<void> {
    this.pendingPerTafel.set(tafelId, (this.pendingPerTafel.get(tafelId) ?? 0) + 1);
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ tafelId, update, resolve, reject });
      if (this.waiting.length === MAX_BATCH) void this.flush();
      else this.timer ??= setTimeout(() => void this.flush(), this.intervalMs);
    });
  }

  /** Whether updates of this tafel are still on their way to the database. */
  hasPending(tafelId: string): boolean {
    return this.pendingPerTafel.has(tafelId);
  }

  /** Commits everything written so far; batches run one after the other. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const next = this.flushing.then(() => this.commitWaiting());
    this.flushing = next;
    return next;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.flush();
  }

  private async commitWaiting(): Promise<void> {
    while (this.waiting.length) {
      const batch = this.waiting.splice(0, MAX_BATCH);
      let ids: Map<string, string[]> | null = null;
      try {
        ids = await this.store.append(batch);
        batch.forEach((w) => w.resolve());
      } catch (error) {
        this.logger.error(`Notes batch of ${batch.length} not saved: ${String(error)}`);
        batch.forEach((w) => w.reject(error));
      }
      for (const w of batch) {
        const left = (this.pendingPerTafel.get(w.tafelId) ?? 1) - 1;
        if (left > 0) this.pendingPerTafel.set(w.tafelId, left);
        else this.pendingPerTafel.delete(w.tafelId);
      }
      if (ids) this.onCommitted(ids);
    }
  }
}
