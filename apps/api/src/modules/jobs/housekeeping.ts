import { DataSource } from 'typeorm';

/** How often the housekeeping jobs run (each module's own, on the job runner's recurring jobs). */
export const HOUSEKEEPING_EVERY_MS = 86_400_000;

/** Rows one statement deletes: each batch is a short transaction of its own that locks only its rows. */
export const HOUSEKEEPING_BATCH = 1000;

export const daysBefore = (now: Date, days: number): Date => new Date(now.getTime() - days * 86_400_000);

/**
 * Deletes the rows of `table` that `where` selects, `batch` at a time until none is left, each batch
 * one statement (and so one transaction): the table is never locked as a whole, and logins, sessions
 * and the job queue go on meanwhile. Rows another transaction holds are skipped (the next run takes
 * them). Returns how many rows went. `table` and `where` are the owning module's own constant SQL;
 * the values come as `params`. Only for a module's own table (modules own their tables).
 */
export async function deleteInBatches(
  dataSource: DataSource,
  table: string,
  where: string,
  params: unknown[],
  batch = HOUSEKEEPING_BATCH,
): Promise<number> {
  let deleted = 0;
  for (;;) {
    const [, count]: [unknown[], number] = await dataSource.query(
      `DELETE FROM ${table} WHERE id IN
         (SELECT id FROM ${table} WHERE ${where} LIMIT ${batch} FOR UPDATE SKIP LOCKED)`,
      params,
    );
    deleted += count;
    if (count < batch) return deleted;
  }
}
