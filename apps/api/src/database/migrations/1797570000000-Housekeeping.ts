import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the daily housekeeping of the auth module: it deletes failed login attempts by
 * `occurred_at` and sessions by `expires_at`, a batch at a time, without scanning the whole table
 * for every batch.
 */
export class Housekeeping1797570000000 implements MigrationInterface {
  name = 'Housekeeping1797570000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "IDX_fe4b7f56a56d17f8d8f8eeeafb" ON "login_attempt" ("occurred_at") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_2223e981900a413ce4ce6386f9" ON "session" ("expires_at") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_2223e981900a413ce4ce6386f9"');
    await queryRunner.query('DROP INDEX "public"."IDX_fe4b7f56a56d17f8d8f8eeeafb"');
  }
}
