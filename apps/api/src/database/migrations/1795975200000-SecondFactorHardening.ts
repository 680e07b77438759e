import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Replay protection and lockout for the second factor; room for the encrypted TOTP secret. Existing
 * plaintext secrets are encrypted by the application at start (a migration has no key).
 */
export class SecondFactorHardening1795975200000 implements MigrationInterface {
  name = 'SecondFactorHardening1795975200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "app_user" ALTER COLUMN "totp_secret" TYPE character varying(255)');
    await queryRunner.query('ALTER TABLE "app_user" ADD "totp_last_step" integer');
    await queryRunner.query('ALTER TABLE "app_user" ADD "second_factor_failures" integer NOT NULL DEFAULT 0');
    await queryRunner.query('ALTER TABLE "app_user" ADD "second_factor_locked_until" TIMESTAMP WITH TIME ZONE');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "second_factor_locked_until"');
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "second_factor_failures"');
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "totp_last_step"');
    // Encrypted secrets do not fit the old column and cannot be decrypted here: they are dropped.
    await queryRunner.query('UPDATE "app_user" SET "totp_secret" = NULL, "totp_enabled_at" = NULL WHERE length("totp_secret") > 64');
    await queryRunner.query('ALTER TABLE "app_user" ALTER COLUMN "totp_secret" TYPE character varying(64)');
  }
}
