import { MigrationInterface, QueryRunner } from 'typeorm';

/** The queue of cases whose monitor spans the span worker re-derives (the write path stays one statement). */
export class MonitorPendingCases1797100000000 implements MigrationInterface {
  name = 'MonitorPendingCases1797100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "monitor_pending_case" ("id" BIGSERIAL NOT NULL, "case_id" uuid NOT NULL, CONSTRAINT "PK_cfac6f636d76dad627a37d48126" PRIMARY KEY ("id"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "monitor_pending_case"');
  }
}
