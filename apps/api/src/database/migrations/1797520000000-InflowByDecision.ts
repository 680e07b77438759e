import { MigrationInterface, QueryRunner } from 'typeorm';

/** The requests a tafel's decision made, per inflow cell and the bucket they were counted in before. */
const FROM_DECISIONS = `
  SELECT gemeente, COALESCE(gi_organisation_id::text, '') AS gi, COALESCE(data->>'momentType', '') AS moment_type,
         date_trunc('month', occurred_at AT TIME ZONE 'Europe/Amsterdam')::date AS month,
         COALESCE(requester_type, 'unknown') AS bucket, count(*)::int AS n
    FROM chain_event
   WHERE type = 'tafel_requested' AND data->>'followsTafelId' IS NOT NULL
   GROUP BY 1, 2, 3, 4, 5`;
const CELL = `c.metric = 'inflow' AND c.gemeente = m.gemeente AND c.gi = m.gi
  AND c.moment_type = m.moment_type AND c.month = m.month`;
const UPSERT = `INSERT INTO monitor_count (metric, gemeente, gi, moment_type, month, bucket, n)`;
const ADD = `ON CONFLICT (metric, gemeente, gi, moment_type, month, bucket) DO UPDATE SET n = monitor_count.n + EXCLUDED.n`;

/**
 * Inflow by requester type counted a herbespreking asked for by a drang decision under the organisation
 * type of the chair who recorded it; it is now its own bucket, `decision`. The counts already projected
 * move there (and back on `down`), so no rebuild is needed; a cell never projected is left alone.
 */
export class InflowByDecision1797520000000 implements MigrationInterface {
  name = 'InflowByDecision1797520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`WITH taken AS (
        UPDATE monitor_count c SET n = c.n - m.n FROM (${FROM_DECISIONS}) m WHERE ${CELL} AND c.bucket = m.bucket
        RETURNING c.gemeente, c.gi, c.moment_type, c.month, m.n)
      ${UPSERT} SELECT 'inflow', gemeente, gi, moment_type, month, 'decision', sum(n) FROM taken
       GROUP BY gemeente, gi, moment_type, month ${ADD}`);
    await queryRunner.query(`DELETE FROM monitor_count WHERE metric = 'inflow' AND n = 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`WITH m AS (${FROM_DECISIONS}), taken AS (
        UPDATE monitor_count c SET n = c.n - s.n
          FROM (SELECT gemeente, gi, moment_type, month, sum(n)::int AS n FROM m GROUP BY 1, 2, 3, 4) s
         WHERE c.metric = 'inflow' AND c.bucket = 'decision' AND c.gemeente = s.gemeente AND c.gi = s.gi
           AND c.moment_type = s.moment_type AND c.month = s.month
        RETURNING c.gemeente, c.gi, c.moment_type, c.month)
      ${UPSERT} SELECT 'inflow', m.gemeente, m.gi, m.moment_type, m.month, m.bucket, m.n FROM m
        JOIN taken t USING (gemeente, gi, moment_type, month) ${ADD}`);
    await queryRunner.query(`DELETE FROM monitor_count WHERE metric = 'inflow' AND n = 0`);
  }
}
