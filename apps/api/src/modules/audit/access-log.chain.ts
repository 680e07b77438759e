import { createHash } from 'node:crypto';

/** The fields of a log row as they are hashed; the SQL trigger builds exactly the same string. */
export interface ChainedRow {
  id: string;
  prev_hash: string;
  occurred_at: Date;
  event: string;
  action: string;
  case_id: string | null;
  person_id: string | null;
  user_id: string;
  role: string;
  organisation_id: string | null;
  on_behalf_of: string | null;
  access_point: string | null;
  authorised: boolean;
  relationship: string;
  consent: string | null;
  emergency: boolean;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

export function rowPayload(r: ChainedRow): string {
  return [
    r.id,
    r.prev_hash,
    `${r.occurred_at.toISOString().slice(0, 19)}Z`,
    r.event,
    r.action,
    r.case_id ?? '',
    r.person_id ?? '',
    r.user_id,
    r.role,
    r.organisation_id ?? '',
    r.on_behalf_of ?? '',
    r.access_point ?? '',
    String(r.authorised),
    r.relationship,
    r.consent ?? '',
    String(r.emergency),
  ].join('|');
}

export interface ChainBreak {
  id: string;
  reason: string;
}

/** Walks rows in chain order (by id) and returns the first row where the chain breaks, or null. */
export function findChainBreak(rows: ChainedRow[], previous = GENESIS_HASH): ChainBreak | null {
  let prev = previous;
  for (const row of rows) {
    if (row.prev_hash !== prev)
      return { id: row.id, reason: 'does not point to the hash of the row before it' };
    const hash = createHash('sha256').update(rowPayload(row), 'utf8').digest('hex');
    if (hash !== row.hash) return { id: row.id, reason: 'its contents do not match its hash' };
    prev = row.hash;
  }
  return null;
}
