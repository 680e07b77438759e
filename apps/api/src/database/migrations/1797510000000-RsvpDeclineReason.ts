import { MigrationInterface, QueryRunner } from 'typeorm';

export class RsvpDeclineReason1797510000000 implements MigrationInterface {
  name = 'RsvpDeclineReason1797510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"tafel_participant\" ADD \"decline_reason\" character varying(300)");
    await queryRunner.query("ALTER TABLE \"tafel_participant\" ADD \"wants_other_moment\" boolean NOT NULL DEFAULT false");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"tafel_participant\" DROP COLUMN \"wants_other_moment\"");
    await queryRunner.query("ALTER TABLE \"tafel_participant\" DROP COLUMN \"decline_reason\"");
  }
}
