import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import * as Y from 'yjs';

export interface StoredNotes {
  snapshot: Uint8Array | null;
  /** The snapshot row's version (`xmin`: PostgreSQL changes it with every write of the row); null: none. */
  snapshotVersion: string | null;
  updates: Uint8Array[];
  /** The ids of `updates`, in the same order. */
  updateIds: string[];
}

/** A document an instance holds in memory, and what of the stored notes it is known to contain. */
export interface HeldNotes {
  /** The version of the stored snapshot the document contains; null: none, or not known. */
  snapshotVersion: string | null;
  /** Stored updates the document contains: loaded into it, or written from it. */
  updateIds: ReadonlySet<string>;
  /** The document's whole state now (`Y.encodeStateAsUpdate`). */
  state(): Uint8Array;
}

export interface HeldCompaction {
  /** The updates folded in and deleted. */
  folded: string[];
  /** The new snapshot's version if the held document contains all of it, else null. */
  snapshotVersion: string | null;
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

  /** One multi-row INSERT for a whole batch (of any tafels); resolves once committed, with the new ids per tafel. */
  async append(batch: PendingUpdate[]): Promise<Map<string, string[]>> {
    const ids = new Map<string, string[]>();
    if (batch.length === 0) return ids;
    const values: unknown[] = [];
    const rows = batch.map(({ tafelId, update }, i) => {
      values.push(tafelId, Buffer.from(update.buffer, update.byteOffset, update.byteLength));
      return `($${2 * i + 1}, $${2 * i + 2})`;
    });
    const inserted: { id: string; tafel_id: string }[] = await this.dataSource.query(
      `INSERT INTO tafel_note_update (tafel_id, update) VALUES ${rows.join(', ')} RETURNING id, tafel_id`,
      values,
    );
    for (const { id, tafel_id } of inserted) {
      const list = ids.get(tafel_id);
      if (list) list.push(id);
      else ids.set(tafel_id, [id]);
    }
    return ids;
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
      const updates: { id: string; update: Buffer }[] = await manager.query(
        'SELECT id, update FROM tafel_note_update WHERE tafel_id = $1 ORDER BY id',
        [tafelId],
      );
      return {
        snapshot: snapshot?.state ?? null,
        snapshotVersion: snapshot?.version ?? null,
        updates: updates.map((u) => u.update),
        updateIds: updates.map((u) => u.id),
      };
    });
  }

  /**
   * Folds the stored updates into the snapshot and deletes them, in one transaction; one compaction per
   * tafel at a time (an advisory lock; a second caller skips). Throws, changing nothing, when a stored
   * update cannot be read: a damaged document is never overwritten.
   */
  async compact(tafelId: string, minUpdates = COMPACT_AFTER_UPDATES): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.lock(manager, tafelId))) return false;
      const snapshot = await this.snapshotOf(manager, tafelId);
      const rows: { id: string; update: Buffer }[] = await manager.query(
        'SELECT id, update FROM tafel_note_update WHERE tafel_id = $1 ORDER BY id',
        [tafelId],
      );
      if (rows.length < minUpdates) return false;
      const state = await mergeStrict([...(snapshot ? [snapshot.state] : []), ...rows.map((r) => r.update)]);
      await this.replace(
        manager,
        tafelId,
        state,
        rows.map((r) => r.id),
      );
      return true;
    });
  }

  /**
   * Compaction from a document held in memory, without reading the stored updates: its state becomes
   * the snapshot and exactly the updates it is known to contain (`updateIds`, taken with the state) are
   * deleted — one committed meanwhile by another instance, whatever its id, stays. When the stored
   * snapshot is not the version the document contains (another instance compacted since), the two are
   * merged (`Y.mergeUpdates`; throws, changing nothing, when the stored one cannot be read). Null: another
   * compaction of the tafel runs, or the document holds no stored update.
   */
  async compactHeld(tafelId: string, held: HeldNotes): Promise<HeldCompaction | null> {
    if (held.updateIds.size === 0) return null;
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.lock(manager, tafelId))) return null;
      const [stored]: { version: string }[] = await manager.query(
        'SELECT xmin::text AS version FROM tafel_note_snapshot WHERE tafel_id = $1',
        [tafelId],
      );
      const folded = [...held.updateIds];
      let state = held.state();
      const contained = !stored || stored.version === held.snapshotVersion;
      if (!contained) {
        const other = (await this.snapshotOf(manager, tafelId))?.state;
        if (other) {
          Y.decodeUpdate(other);
          state = Y.mergeUpdates([other, state]);
        }
      }
      const version = await this.replace(manager, tafelId, state, folded);
      return { folded, snapshotVersion: contained ? version : null };
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

  /** One compaction of a tafel at a time, across instances: false when another holds it. */
  private async lock(manager: EntityManager, tafelId: string): Promise<boolean> {
    const [lock]: { locked: boolean }[] = await manager.query(
      `SELECT pg_try_advisory_xact_lock(hashtext('tafel_note:' || $1)) AS locked`,
      [tafelId],
    );
    return lock?.locked ?? false;
  }

  private async snapshotOf(manager: EntityManager, tafelId: string) {
    const rows: { state: Buffer; version: string }[] = await manager.query(
      'SELECT state, xmin::text AS version FROM tafel_note_snapshot WHERE tafel_id = $1',
      [tafelId],
    );
    return rows[0] ?? null;
  }

  /**
   * Writes the snapshot and deletes exactly the updates folded into it (one that commits meanwhile,
   * whatever its id, stays for the next load); returns the snapshot's new version.
   */
  private async replace(manager: EntityManager, tafelId: string, state: Uint8Array, folded: string[]) {
    const upToId = folded.reduce((max, id) => (BigInt(id) > BigInt(max) ? id : max));
    const [written]: { version: string }[] = await manager.query(
      `INSERT INTO tafel_note_snapshot (tafel_id, state, up_to_id) VALUES ($1, $2, $3)
       ON CONFLICT (tafel_id) DO UPDATE SET state = EXCLUDED.state,
         up_to_id = GREATEST(tafel_note_snapshot.up_to_id, EXCLUDED.up_to_id), updated_at = now()
       RETURNING xmin::text AS version`,
      [tafelId, Buffer.from(state.buffer, state.byteOffset, state.byteLength), upToId],
    );
    await manager.query('DELETE FROM tafel_note_update WHERE id = ANY($1::bigint[])', [folded]);
    return written.version;
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
