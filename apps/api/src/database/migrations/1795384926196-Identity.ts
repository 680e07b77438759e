import { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1795384926196 implements MigrationInterface {
  name = 'Identity1795384926196';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"login_attempt\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"key\" character varying(100) NOT NULL, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_72829cd4f7424e3cdfd46c476c0\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_26bdb11f9958294d633a574a3f\" ON \"login_attempt\" (\"key\", \"occurred_at\") ");
    await queryRunner.query("CREATE TABLE \"recovery_code\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"code_hash\" character(64) NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_b7f1e23329e93a80e25fd281922\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_f5c95d9ca2047afa670093e202\" ON \"recovery_code\" (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"emergency_access\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"reason\" text NOT NULL, \"granted_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"reviewed_at\" TIMESTAMP WITH TIME ZONE, \"reviewed_by_id\" uuid, \"review_note\" text, CONSTRAINT \"PK_df6a3cc6b2bd3f218edb410a3f3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_248231408176a2dfd4815e21d8\" ON \"emergency_access\" (\"user_id\", \"case_id\", \"expires_at\") ");
    await queryRunner.query("CREATE TABLE \"invitation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"token_hash\" character(64) NOT NULL, \"member_id\" uuid NOT NULL, \"email\" character varying(320) NOT NULL, \"role\" character varying(16) NOT NULL, \"invited_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"accepted_at\" TIMESTAMP WITH TIME ZONE, \"revoked_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_beb994737756c0f18a1c1f8669c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b827d3749ffbb3b5ab5099afd6\" ON \"invitation\" (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2cd02613944c1f9d45bec637b5\" ON \"invitation\" (\"member_id\") ");
    await queryRunner.query("ALTER TABLE \"app_user\" ADD \"totp_secret\" character varying(64)");
    await queryRunner.query("ALTER TABLE \"app_user\" ADD \"totp_enabled_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"app_user\" ADD \"oidc_subject\" character varying(255)");
    await queryRunner.query("ALTER TABLE \"session\" ADD \"stage\" character varying(8) NOT NULL DEFAULT 'full'");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_27e34f3c9ec98bd9559fb139fa\" ON \"app_user\" (\"oidc_subject\") WHERE \"oidc_subject\" IS NOT NULL");
    await queryRunner.query("ALTER TABLE \"recovery_code\" ADD CONSTRAINT \"FK_f5c95d9ca2047afa670093e2028\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"emergency_access\" ADD CONSTRAINT \"FK_c5f58516d094fdeb4e0f3d40ec4\" FOREIGN KEY (\"case_id\") REFERENCES \"family_case\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"emergency_access\" ADD CONSTRAINT \"FK_35b9aa5dc26e46aa25fe43af17d\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"invitation\" ADD CONSTRAINT \"FK_2cd02613944c1f9d45bec637b54\" FOREIGN KEY (\"member_id\") REFERENCES \"case_member\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"invitation\" DROP CONSTRAINT \"FK_2cd02613944c1f9d45bec637b54\"");
    await queryRunner.query("ALTER TABLE \"emergency_access\" DROP CONSTRAINT \"FK_35b9aa5dc26e46aa25fe43af17d\"");
    await queryRunner.query("ALTER TABLE \"emergency_access\" DROP CONSTRAINT \"FK_c5f58516d094fdeb4e0f3d40ec4\"");
    await queryRunner.query("ALTER TABLE \"recovery_code\" DROP CONSTRAINT \"FK_f5c95d9ca2047afa670093e2028\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_27e34f3c9ec98bd9559fb139fa\"");
    await queryRunner.query("ALTER TABLE \"session\" DROP COLUMN \"stage\"");
    await queryRunner.query("ALTER TABLE \"app_user\" DROP COLUMN \"oidc_subject\"");
    await queryRunner.query("ALTER TABLE \"app_user\" DROP COLUMN \"totp_enabled_at\"");
    await queryRunner.query("ALTER TABLE \"app_user\" DROP COLUMN \"totp_secret\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_2cd02613944c1f9d45bec637b5\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b827d3749ffbb3b5ab5099afd6\"");
    await queryRunner.query("DROP TABLE \"invitation\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_248231408176a2dfd4815e21d8\"");
    await queryRunner.query("DROP TABLE \"emergency_access\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f5c95d9ca2047afa670093e202\"");
    await queryRunner.query("DROP TABLE \"recovery_code\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_26bdb11f9958294d633a574a3f\"");
    await queryRunner.query("DROP TABLE \"login_attempt\"");
  }
}
