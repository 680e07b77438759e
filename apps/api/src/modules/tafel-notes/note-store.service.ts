import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import * as Y from 'yjs';

export interface StoredNotes {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
}

export interface PendingUpdate {
  tafelId: string;
  update: Uint8Array;
}

/** Fewer stored updates than this besides the snapshot: compaction is not worth a transaction. */
export const COMPACT_AFTER_UPDATES = 200;
/** Compaction works at most this long (ms) before the event loop gets a turn. */
const MERGE_SLICE_MS = 2;

/** The notes tables, in SQL: append in batches, load a document, fold updates into the snapshot. */
@Injectable()
export class NoteStore {
  constructor(private readonly dataSource: DataSource) {}

  /** One multi-row INSERT for a whole batch (of any tafels); resolves once committed. */
  async append(batch: PendingUpdate[]): Promise<void> {
    if (batch.length === 0) return;
    const values: unknown[] = [];
    const rows = batch.map(({ tafelId, update }, i) => {
      values.push(tafelId, Buffer.from(update.buffer, update.byteOffset, update.byteLength));
      return `($${2 * i + 1}, $${2 * i + 2})`;
    });
    await this.dataSource.query(
      `INSERT INTO tafel_note_update (tafel_id, update) VALUES ${rows.join(', ')}`,
      values,
    );
  }

  /**
   * The snapshot and every update still stored, read in one consistent view (compaction may run
   * meanwhile). Every stored update, not only those with an id above the snapshot's: an id is taken when
   * a row is inserted, not when it commits, so another instance's update can commit with a lower id after
   * a compaction folded the higher ones. Compaction deletes exactly what it folded, so what is still
   * stored is what the snapshot lacks (and an update applied twice changes nothing in Yjs).
   */
  load(tafelId: string): Promise<StoredNotes> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const snapshot = await this.snapshotOf(manager, tafelId);
      const updates: { update: Buffer }[] = await manager.query(
        'SELECT update FROM tafel_note_update WHERE tafel_id = $1 ORDER BY id',
        [tafelId],
      );
      return { snapshot: snapshot?.state ?? null, updates: updates.map((u) => u.update) };
    });
  }

  /**
   * Folds the stored updates into the snapshot and deletes them, in one transaction; one compaction per
   * tafel at a time (an advisory lock; a second caller skips). Throws, changing nothing, when a stored
   * update cannot be read: a damaged document is never overwritten.
   */
  async compact(tafelId: string, minUpdates = COMPACT_AFTER_UPDATES): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [lock]: { locked: boolean }[] = await manager.query(
        `SELECT pg_try_advisory_xact_lock(hashtext('tafel_note:' || $1)) AS locked`,
        [tafelId],
      );
      if (!lock?.locked) return false;
      const snapshot = await this.snapshotOf(manager, tafelId);
      const rows: { id: string; update: Buffer }[] = await manager.query(
        'SELECT id, update FROM tafel_note_update WHERE tafel_id = $1 ORDER BY id',
        [tafelId],
      );
      if (rows.length < minUpdates) return false;
      const state = await mergeStrict([...(snapshot ? [snapshot.state] : []), ...rows.map((r) => r.update)]);
      const upToId = rows[rows.length - 1].id;
      await manager.query(
        `INSERT INTO tafel_note_snapshot (tafel_id, state, up_to_id) VALUES ($1, $2, $3)
         ON CONFLICT (tafel_id) DO UPDATE SET state = EXCLUDED.state, up_to_id = EXCLUDED.up_to_id, updated_at = now()`,
        [tafelId, Buffer.from(state), upToId],
      );
      // Exactly the rows folded in: one that commits meanwhile, whatever its id, stays for the next load.
      await manager.query('DELETE FROM tafel_note_update WHERE id = ANY($1::bigint[])', [
        rows.map((r) => r.id),
      ]);
      return true;
    });
  }

  /** How many updates are stored besides the snapshot. */
  async backlog(tafelId: string): Promise<number> {
    const [row]: { n: number }[] = await this.dataSource.query(
      'SELECT count(*)::int AS n FROM tafel_note_update WHERE tafel_id = $1',
      [tafelId],
    );
    return row?.n ?? 0;
  }

  private async snapshotOf(manager: EntityManager, tafelId: string) {
    const rows: { state: Buffer; upToId: string }[] = await manager.query(
      'SELECT state, up_to_id AS "upToId" FROM tafel_note_snapshot WHERE tafel_id = $1',
      [tafelId],
    );
    return rows[0] ?? null;
  }
}

/**
 * Applies stored updates to a document, in order; throws on the first one Yjs cannot read, so that
 * the caller never continues with (and never saves) a partial document.
 */
export function applyStrict(doc: Y.Doc, updates: Uint8Array[]): void {
  for (const update of updates) {
    Y.decodeUpdate(update);
    Y.applyUpdate(doc, update);
  }
}

/**
 * The updates merged into one (strictly, as applyStrict), giving the event loop a turn every few
 * milliseconds: compaction runs beside the live rooms, whose broadcasts must not wait for it.
 */
async function mergeStrict(updates: Uint8Array[]): Promise<Uint8Array> {
  const doc = new Y.Doc();
  try {
    let since = performance.now();
    for (const update of updates) {
      applyStrict(doc, [update]);
      if (performance.now() - since < MERGE_SLICE_MS) continue;
      await new Promise((resolve) => setImmediate(resolve));
      since = performance.now();
    }
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
