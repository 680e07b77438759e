import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations for staff accounts an administrator creates: an invitation names either a case member
 * (a parent or child; the account is made on acceptance) or a user (the account exists; acceptance
 * sets its password) — exactly one of the two.
 */
export class StaffInvitations1796700000000 implements MigrationInterface {
  name = 'StaffInvitations1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "invitation" ADD "user_id" uuid');
    await queryRunner.query('ALTER TABLE "invitation" ALTER COLUMN "member_id" DROP NOT NULL');
    await queryRunner.query('CREATE INDEX "IDX_dbf801c80100c878509602456f" ON "invitation" ("user_id") ');
    await queryRunner.query(
      'ALTER TABLE "invitation" ADD CONSTRAINT "CHK_invitation_for_one" CHECK (("member_id" IS NULL) <> ("user_id" IS NULL))',
    );
    await queryRunner.query(
      'ALTER TABLE "invitation" ADD CONSTRAINT "FK_dbf801c80100c878509602456ff" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "invitation" DROP CONSTRAINT "FK_dbf801c80100c878509602456ff"');
    await queryRunner.query('ALTER TABLE "invitation" DROP CONSTRAINT "CHK_invitation_for_one"');
    await queryRunner.query('DROP INDEX "public"."IDX_dbf801c80100c878509602456f"');
    await queryRunner.query('DELETE FROM "invitation" WHERE "member_id" IS NULL');
    await queryRunner.query('ALTER TABLE "invitation" ALTER COLUMN "member_id" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "invitation" DROP COLUMN "user_id"');
  }
}
