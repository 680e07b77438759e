import { DataSource } from 'typeorm';
import { ChainBreak, ChainedRow, GENESIS_HASH, findChainBreak } from './access-log.chain';

const BATCH = 5000;

/** Re-computes the whole chain in id order, in batches; returns the first break or null. */
export async function verifyAccessLog(
  dataSource: DataSource,
): Promise<{ rows: number; break: ChainBreak | null }> {
  let previous = GENESIS_HASH;
  let lastId = '0';
  let rows = 0;
  for (;;) {
    const batch: ChainedRow[] = await dataSource.query(
      `SELECT id::text, prev_hash, occurred_at, event, action, case_id, person_id, user_id, role, organisation_id,
              on_behalf_of, access_point, authorised, relationship, consent, emergency, hash
         FROM access_log WHERE access_log.id > $1 ORDER BY access_log.id LIMIT ${BATCH}`,
      [lastId],
    );
    if (batch.length === 0) return { rows, break: null };
    const found = findChainBreak(batch, previous);
    if (found) return { rows: rows + batch.length, break: found };
    rows += batch.length;
    previous = batch[batch.length - 1].hash;
    lastId = batch[batch.length - 1].id;
  }
}
