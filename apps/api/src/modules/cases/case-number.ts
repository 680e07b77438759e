import { EntityManager } from 'typeorm';

/** The next case number, TW-<year>-<5 digits>, from a database sequence (no gaps by race). */
export async function nextCaseNumber(manager: EntityManager): Promise<string> {
  const [{ number }] = await manager.query<{ number: string }[]>(
    `SELECT 'TW-' || to_char(now(), 'YYYY') || '-' || lpad(nextval('case_number_seq')::text, 5, '0') AS number`,
  );
  return number;
}
