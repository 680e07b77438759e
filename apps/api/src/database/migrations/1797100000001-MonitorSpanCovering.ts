import { MigrationInterface, QueryRunner } from 'typeorm';

/** The span reads of the dashboard as index-only scans: the (metric, month) index holds the columns they read. */
export class MonitorSpanCovering1797100000001 implements MigrationInterface {
  name = 'MonitorSpanCovering1797100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_1750cefa8acca278ac5c1933fa"');
    await queryRunner.query(
      'CREATE INDEX "IDX_1bc4e796c1f12fc4c1bcd2c02a" ON "monitor_span" ("metric", "month", "gemeente", "gi", "moment_type", "end_at", "deadline_at", "duration") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_1bc4e796c1f12fc4c1bcd2c02a"');
    await queryRunner.query('CREATE INDEX "IDX_1750cefa8acca278ac5c1933fa" ON "monitor_span" ("metric", "month") ');
  }
}
