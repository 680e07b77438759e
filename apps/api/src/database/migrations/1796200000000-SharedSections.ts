import { MigrationInterface, QueryRunner } from 'typeorm';

export class SharedSections1796200000000 implements MigrationInterface {
  name = 'SharedSections1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "tafel_room_state" ADD "shared_sections" text array NOT NULL DEFAULT \'{}\'',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "tafel_room_state" DROP COLUMN "shared_sections"');
  }
}
