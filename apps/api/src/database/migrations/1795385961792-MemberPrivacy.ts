import { MigrationInterface, QueryRunner } from 'typeorm';

export class MemberPrivacy1795385961792 implements MigrationInterface {
  name = 'MemberPrivacy1795385961792';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"case_member\" ADD \"address\" character varying(300)");
    await queryRunner.query("ALTER TABLE \"case_member\" ADD \"shares_with_parents\" boolean NOT NULL DEFAULT false");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"case_member\" DROP COLUMN \"shares_with_parents\"");
    await queryRunner.query("ALTER TABLE \"case_member\" DROP COLUMN \"address\"");
  }
}
