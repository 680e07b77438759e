import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A tafel asked for by another tafel's decision (the herbespreking of drang) names that tafel, and its
 * requester is the chair who recorded the decision, no longer the coordinator. The herbesprekingen made
 * so far (the only tafels with a due date) are matched to the drang decision that set that date; every
 * `tafel_requested` event gets `followsTafelId` (null: a person asked). The events keep the actor they
 * were recorded with (the monitor's attribution stays as projected); the append-only trigger is paused
 * for exactly this conversion.
 */
export class TafelFollowsDecision1797500000000 implements MigrationInterface {
  name = 'TafelFollowsDecision1797500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"tafel\" ADD \"follows_tafel_id\" uuid");
    await queryRunner.query("ALTER TABLE \"tafel\" ADD CONSTRAINT \"FK_74f53f99614bbac3abb41051d4f\" FOREIGN KEY (\"follows_tafel_id\") REFERENCES \"tafel\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query(`UPDATE "tafel" h SET "follows_tafel_id" = d."id", "requested_by_id" = d."decided_by_id"
      FROM "tafel" d
      WHERE h."due_date" IS NOT NULL AND h."moment_type" = 'herbespreking' AND d."case_id" = h."case_id"
        AND d."decision" = 'conditional' AND d."conditions_deadline" = h."due_date" AND d."decided_by_id" IS NOT NULL
        AND d."id" = (SELECT x."id" FROM "tafel" x WHERE x."case_id" = h."case_id" AND x."decision" = 'conditional'
                        AND x."conditions_deadline" = h."due_date" AND x."decided_at" <= h."requested_at"
                      ORDER BY x."decided_at" DESC LIMIT 1)`);
    await queryRunner.query('ALTER TABLE "chain_event" DISABLE TRIGGER "chain_event_append_only"');
    await queryRunner.query(`UPDATE "chain_event" e
      SET "data" = jsonb_build_object('followsTafelId', t."follows_tafel_id") || e."data"
      FROM "tafel" t WHERE e."type" = 'tafel_requested' AND t."id"::text = e."data"->>'tafelId'`);
    await queryRunner.query(`UPDATE "chain_event" SET "data" = '{"followsTafelId": null}'::jsonb || "data"
      WHERE "type" = 'tafel_requested' AND NOT "data" ? 'followsTafelId'`);
    await queryRunner.query('ALTER TABLE "chain_event" ENABLE TRIGGER "chain_event_append_only"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"tafel\" DROP CONSTRAINT \"FK_74f53f99614bbac3abb41051d4f\"");
    await queryRunner.query("ALTER TABLE \"tafel\" DROP COLUMN \"follows_tafel_id\"");
  }
}
