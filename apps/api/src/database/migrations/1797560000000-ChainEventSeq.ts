import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The order of recording on the timeline: `chain_event.seq` from its own sequence, so events of the
 * same instant keep their order. The existing rows are numbered in the order the timeline showed them,
 * (`occurred_at`, `id`); the append-only trigger is paused for exactly that numbering.
 */
export class ChainEventSeq1797560000000 implements MigrationInterface {
  name = 'ChainEventSeq1797560000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "chain_event" ADD "seq" BIGSERIAL NOT NULL');
    await queryRunner.query('ALTER TABLE "chain_event" DISABLE TRIGGER "chain_event_append_only"');
    await queryRunner.query(`UPDATE "chain_event" e SET "seq" = n."seq"
      FROM (SELECT "id", row_number() OVER (ORDER BY "occurred_at", "id") AS "seq" FROM "chain_event") n
      WHERE n."id" = e."id"`);
    await queryRunner.query('ALTER TABLE "chain_event" ENABLE TRIGGER "chain_event_append_only"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "chain_event" DROP COLUMN "seq"');
  }
}
