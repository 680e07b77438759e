import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795382734473 implements MigrationInterface {
  name = 'Init1795382734473';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"organisation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(200) NOT NULL, \"type\" character varying(32) NOT NULL, \"gemeente\" character varying(64), \"parent_id\" uuid, CONSTRAINT \"UQ_d9428f9c8e3052d6617e3aab0ed\" UNIQUE (\"name\"), CONSTRAINT \"PK_c725ae234ef1b74cce43d2d00c1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"app_user\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" character varying(320) NOT NULL, \"display_name\" character varying(200) NOT NULL, \"role\" character varying(32) NOT NULL, \"organisation_id\" uuid, \"password_hash\" character varying(255), \"active\" boolean NOT NULL DEFAULT true, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_3fa909d0e37c531ebc237703391\" UNIQUE (\"email\"), CONSTRAINT \"PK_22a5c4a3d9b2fb8e4e73fc4ada1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"session\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"token_hash\" character(64) NOT NULL, \"user_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"last_seen_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"ip\" character varying(64), \"user_agent\" character varying(400), CONSTRAINT \"PK_f55da76ac1c3ac420f444d2ff11\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_a83507eb0338ac037780e02f2b\" ON \"session\" (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"IDX_30e98e8746699fb9af235410af\" ON \"session\" (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"family_case\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_number\" character varying(32) NOT NULL, \"family_name\" character varying(200) NOT NULL, \"gemeente\" character varying(64) NOT NULL, \"phase\" character varying(32) NOT NULL DEFAULT 'signal', \"regie_mode\" character varying(16) NOT NULL DEFAULT 'family', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_86a991a2cde5baf4abb5b3d1c5f\" UNIQUE (\"case_number\"), CONSTRAINT \"PK_b3bc66421da90bba9dd2db8bd86\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"case_member\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"kind\" character varying(16) NOT NULL, \"first_name\" character varying(100) NOT NULL, \"last_name\" character varying(100) NOT NULL, \"birth_date\" date, \"custody\" boolean, \"address_confidential\" boolean NOT NULL DEFAULT false, \"user_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_7845d5fdeb06a9fad11f157ee55\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_e4c26097a0e5f78bb3d9a8b7d2\" ON \"case_member\" (\"case_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_394fbb5ba701f5902347aa23b2\" ON \"case_member\" (\"user_id\") WHERE \"user_id\" IS NOT NULL");
    await queryRunner.query("CREATE TABLE \"case_professional\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"added_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"removed_at\" TIMESTAMP WITH TIME ZONE, \"added_by_id\" uuid, CONSTRAINT \"PK_3e17336e5e3838200b14a5623af\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_a305abd87dce4a2b04bc0ad358\" ON \"case_professional\" (\"user_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_case_professional_active\" ON \"case_professional\" (\"case_id\", \"user_id\") WHERE \"removed_at\" IS NULL");
    await queryRunner.query("CREATE TABLE \"chain_event\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"type\" character varying(48) NOT NULL, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"actor_id\" uuid, \"data\" jsonb NOT NULL DEFAULT '{}', CONSTRAINT \"PK_bf9ed42a9e16d2f12d0d4cd8b76\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_bcf205e7a5bae2b974dd83c2da\" ON \"chain_event\" (\"case_id\", \"occurred_at\") ");
    await queryRunner.query("CREATE TABLE \"coordinator_assignment\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"started_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"ended_at\" TIMESTAMP WITH TIME ZONE, \"reason\" character varying(1000) NOT NULL, \"assigned_by_id\" uuid, CONSTRAINT \"PK_c2180639be624d77aebea40ea63\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_d21118798bea6bcd951cfc19a4\" ON \"coordinator_assignment\" (\"case_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_dcb62e034d67bf43e8acd65e60\" ON \"coordinator_assignment\" (\"user_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_coordinator_assignment_active\" ON \"coordinator_assignment\" (\"case_id\") WHERE \"ended_at\" IS NULL");
    await queryRunner.query("ALTER TABLE \"organisation\" ADD CONSTRAINT \"FK_c4ba39f5697ec0cd6e03314b616\" FOREIGN KEY (\"parent_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"app_user\" ADD CONSTRAINT \"FK_6fa42e978fa7d7adc32736e26fd\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"session\" ADD CONSTRAINT \"FK_30e98e8746699fb9af235410aff\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_member\" ADD CONSTRAINT \"FK_e4c26097a0e5f78bb3d9a8b7d2b\" FOREIGN KEY (\"case_id\") REFERENCES \"family_case\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_member\" ADD CONSTRAINT \"FK_f925be2bae95e3638871b72aa3a\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_professional\" ADD CONSTRAINT \"FK_cad5ebb464dfc8a17d4cef2c6c8\" FOREIGN KEY (\"case_id\") REFERENCES \"family_case\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"case_professional\" ADD CONSTRAINT \"FK_a305abd87dce4a2b04bc0ad3583\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"chain_event\" ADD CONSTRAINT \"FK_731f703c5876e27d1ad062a10b8\" FOREIGN KEY (\"case_id\") REFERENCES \"family_case\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"coordinator_assignment\" ADD CONSTRAINT \"FK_d21118798bea6bcd951cfc19a44\" FOREIGN KEY (\"case_id\") REFERENCES \"family_case\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"coordinator_assignment\" ADD CONSTRAINT \"FK_dcb62e034d67bf43e8acd65e602\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    // Written by hand (the schema diff does not see these):
    await queryRunner.query('CREATE SEQUENCE "case_number_seq"');
    await queryRunner.query(`CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; END $$`);
    await queryRunner.query(
      'CREATE TRIGGER chain_event_append_only BEFORE UPDATE OR DELETE ON "chain_event" FOR EACH ROW EXECUTE FUNCTION refuse_change()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "chain_event_append_only" ON "chain_event"');
    await queryRunner.query('DROP FUNCTION refuse_change()');
    await queryRunner.query('DROP SEQUENCE "case_number_seq"');
    await queryRunner.query("ALTER TABLE \"coordinator_assignment\" DROP CONSTRAINT \"FK_dcb62e034d67bf43e8acd65e602\"");
    await queryRunner.query("ALTER TABLE \"coordinator_assignment\" DROP CONSTRAINT \"FK_d21118798bea6bcd951cfc19a44\"");
    await queryRunner.query("ALTER TABLE \"chain_event\" DROP CONSTRAINT \"FK_731f703c5876e27d1ad062a10b8\"");
    await queryRunner.query("ALTER TABLE \"case_professional\" DROP CONSTRAINT \"FK_a305abd87dce4a2b04bc0ad3583\"");
    await queryRunner.query("ALTER TABLE \"case_professional\" DROP CONSTRAINT \"FK_cad5ebb464dfc8a17d4cef2c6c8\"");
    await queryRunner.query("ALTER TABLE \"case_member\" DROP CONSTRAINT \"FK_f925be2bae95e3638871b72aa3a\"");
    await queryRunner.query("ALTER TABLE \"case_member\" DROP CONSTRAINT \"FK_e4c26097a0e5f78bb3d9a8b7d2b\"");
    await queryRunner.query("ALTER TABLE \"session\" DROP CONSTRAINT \"FK_30e98e8746699fb9af235410aff\"");
    await queryRunner.query("ALTER TABLE \"app_user\" DROP CONSTRAINT \"FK_6fa42e978fa7d7adc32736e26fd\"");
    await queryRunner.query("ALTER TABLE \"organisation\" DROP CONSTRAINT \"FK_c4ba39f5697ec0cd6e03314b616\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_coordinator_assignment_active\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_dcb62e034d67bf43e8acd65e60\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d21118798bea6bcd951cfc19a4\"");
    await queryRunner.query("DROP TABLE \"coordinator_assignment\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_bcf205e7a5bae2b974dd83c2da\"");
    await queryRunner.query("DROP TABLE \"chain_event\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_case_professional_active\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a305abd87dce4a2b04bc0ad358\"");
    await queryRunner.query("DROP TABLE \"case_professional\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_394fbb5ba701f5902347aa23b2\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e4c26097a0e5f78bb3d9a8b7d2\"");
    await queryRunner.query("DROP TABLE \"case_member\"");
    await queryRunner.query("DROP TABLE \"family_case\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_30e98e8746699fb9af235410af\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a83507eb0338ac037780e02f2b\"");
    await queryRunner.query("DROP TABLE \"session\"");
    await queryRunner.query("DROP TABLE \"app_user\"");
    await queryRunner.query("DROP TABLE \"organisation\"");
  }
}
