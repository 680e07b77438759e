import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Typed, attributed chain events. Generated, then completed by hand: the existing rows get the
 * payload fields their type now names (null where history from before Tafel names no tafel) and
 * their attribution, as far as the rows tell it — the gemeente from `case_opened` or the case, the
 * actor's organisation and role, the requester type from the tafel's requester, the GI from a
 * hand-over onwards. The append-only trigger is paused for exactly this conversion.
 */
export class ChainEventAttribution1795974532734 implements MigrationInterface {
  name = 'ChainEventAttribution1795974532734';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "chain_event" ADD "gemeente" character varying(64)');
    await queryRunner.query('ALTER TABLE "chain_event" ADD "organisation_id" uuid');
    await queryRunner.query('ALTER TABLE "chain_event" ADD "actor_role" character varying(32)');
    await queryRunner.query('ALTER TABLE "chain_event" ADD "requester_type" character varying(32)');
    await queryRunner.query('ALTER TABLE "chain_event" ADD "gi_organisation_id" uuid');
    await queryRunner.query('ALTER TABLE "chain_event" DISABLE TRIGGER "chain_event_append_only"');
    await queryRunner.query(`UPDATE "chain_event" SET "data" = '{"tafelId": null, "momentType": null}'::jsonb || "data"
      WHERE "type" IN ('tafel_requested', 'tafel_held')`);
    await queryRunner.query(`UPDATE "chain_event" SET "data" = '{"tafelId": null}'::jsonb || "data"
      WHERE "type" IN ('verslag_adopted', 'vto_sent')`);
    await queryRunner.query(`UPDATE "chain_event" SET "data" = '{"giOrganisationId": null}'::jsonb || "data"
      WHERE "type" = 'handover_sent'`);
    await queryRunner.query(`UPDATE "chain_event" SET "data" = '{"reason": "onbekend"}'::jsonb || "data"
      WHERE "type" = 'measure_ended'`);
    await queryRunner.query(`UPDATE "chain_event" e
      SET "gemeente" = COALESCE(CASE WHEN e."type" = 'case_opened' THEN e."data"->>'gemeente' END, c."gemeente")
      FROM "family_case" c WHERE c."id" = e."case_id"`);
    await queryRunner.query(`UPDATE "chain_event" e SET "organisation_id" = u."organisation_id", "actor_role" = u."role"
      FROM "app_user" u WHERE u."id" = e."actor_id"`);
    await queryRunner.query(`UPDATE "chain_event" e SET "requester_type" = o."type"
      FROM "tafel" t JOIN "app_user" r ON r."id" = t."requested_by_id" JOIN "organisation" o ON o."id" = r."organisation_id"
      WHERE e."data"->>'tafelId' = t."id"::text`);
    await queryRunner.query(`UPDATE "chain_event" e SET "gi_organisation_id" = (
        SELECT (h."data"->>'giOrganisationId')::uuid FROM "chain_event" h
         WHERE h."case_id" = e."case_id" AND h."type" = 'handover_sent' AND h."data"->>'giOrganisationId' IS NOT NULL
           AND h."occurred_at" <= e."occurred_at"
         ORDER BY h."occurred_at" DESC LIMIT 1)`);
    await queryRunner.query('ALTER TABLE "chain_event" ENABLE TRIGGER "chain_event_append_only"');
    await queryRunner.query('ALTER TABLE "chain_event" ALTER COLUMN "gemeente" SET NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "chain_event" DROP COLUMN "gi_organisation_id"');
    await queryRunner.query('ALTER TABLE "chain_event" DROP COLUMN "requester_type"');
    await queryRunner.query('ALTER TABLE "chain_event" DROP COLUMN "actor_role"');
    await queryRunner.query('ALTER TABLE "chain_event" DROP COLUMN "organisation_id"');
    await queryRunner.query('ALTER TABLE "chain_event" DROP COLUMN "gemeente"');
  }
}
