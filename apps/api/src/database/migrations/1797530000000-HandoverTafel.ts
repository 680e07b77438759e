import { MigrationInterface, QueryRunner } from 'typeorm';

export class HandoverTafel1797530000000 implements MigrationInterface {
  name = 'HandoverTafel1797530000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"handover\" ADD \"tafel_id\" uuid");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"handover\" DROP COLUMN \"tafel_id\"");
  }
}
