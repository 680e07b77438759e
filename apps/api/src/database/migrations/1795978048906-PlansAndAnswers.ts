import { MigrationInterface, QueryRunner } from 'typeorm';

export class PlansAndAnswers1795978048906 implements MigrationInterface {
  name = 'PlansAndAnswers1795978048906';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"plan_answer\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"version_id\" uuid NOT NULL, \"case_id\" uuid NOT NULL, \"section\" character varying(24) NOT NULL, \"member_id\" uuid NOT NULL, \"answer\" character varying(8) NOT NULL, \"text\" text, \"answered_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_7a5c290911351f57f7e99970b25\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_6c00aecb622b66bff1cacb0100\" ON \"plan_answer\" (\"case_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_03b13a337fb3a0968276301a54\" ON \"plan_answer\" (\"version_id\", \"section\", \"member_id\") ");
    await queryRunner.query("CREATE TABLE \"plan_attachment\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"file_name\" character varying(200) NOT NULL, \"media_type\" character varying(32) NOT NULL, \"size\" integer NOT NULL, \"content\" bytea NOT NULL, \"uploaded_by_id\" uuid NOT NULL, \"uploaded_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_c11b7d903b2efe50e638a72f337\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_39487f10007bc2ecca9ffae8d6\" ON \"plan_attachment\" (\"case_id\") ");
    await queryRunner.query("CREATE TABLE \"plan_version\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"number\" integer NOT NULL, \"sections\" jsonb NOT NULL, \"agreements\" jsonb NOT NULL, \"regie_mode\" character varying(16) NOT NULL, \"regie_reason\" text, \"sha256\" character(64) NOT NULL, \"published_by_id\" uuid NOT NULL, \"published_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_253721b12e51a0be8fffb64ded9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_691fe7b03a49aa825dd83925b5\" ON \"plan_version\" (\"case_id\", \"number\") ");
    await queryRunner.query("CREATE TABLE \"plan\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"revision\" integer NOT NULL DEFAULT '0', \"sections\" jsonb NOT NULL, \"agreements\" jsonb NOT NULL DEFAULT '[]', \"updated_by_id\" uuid, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_8d557d8871bfa7b3d40cf890eaa\" UNIQUE (\"case_id\"), CONSTRAINT \"PK_54a2b686aed3b637654bf7ddbb3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("ALTER TABLE \"plan_answer\" ADD CONSTRAINT \"FK_e631712a1f90946f1428e955456\" FOREIGN KEY (\"version_id\") REFERENCES \"plan_version\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"plan_answer\" ADD CONSTRAINT \"FK_860c960e8a9b2c7cc8027177298\" FOREIGN KEY (\"member_id\") REFERENCES \"case_member\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"plan_attachment\" ADD CONSTRAINT \"FK_39487f10007bc2ecca9ffae8d67\" FOREIGN KEY (\"case_id\") REFERENCES \"family_case\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"plan_version\" ADD CONSTRAINT \"FK_ab5d7f7f580e0c470db3c1f55a6\" FOREIGN KEY (\"case_id\") REFERENCES \"family_case\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"plan\" ADD CONSTRAINT \"FK_8d557d8871bfa7b3d40cf890eaa\" FOREIGN KEY (\"case_id\") REFERENCES \"family_case\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    // A published version and an answer are never changed: refuse_change() is the Init migration's.
    await queryRunner.query(
      'CREATE TRIGGER plan_version_immutable BEFORE UPDATE OR DELETE ON "plan_version" FOR EACH ROW EXECUTE FUNCTION refuse_change()',
    );
    await queryRunner.query(
      'CREATE TRIGGER plan_answer_immutable BEFORE UPDATE OR DELETE ON "plan_answer" FOR EACH ROW EXECUTE FUNCTION refuse_change()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "plan_answer_immutable" ON "plan_answer"');
    await queryRunner.query('DROP TRIGGER "plan_version_immutable" ON "plan_version"');
    await queryRunner.query("ALTER TABLE \"plan\" DROP CONSTRAINT \"FK_8d557d8871bfa7b3d40cf890eaa\"");
    await queryRunner.query("ALTER TABLE \"plan_version\" DROP CONSTRAINT \"FK_ab5d7f7f580e0c470db3c1f55a6\"");
    await queryRunner.query("ALTER TABLE \"plan_attachment\" DROP CONSTRAINT \"FK_39487f10007bc2ecca9ffae8d67\"");
    await queryRunner.query("ALTER TABLE \"plan_answer\" DROP CONSTRAINT \"FK_860c960e8a9b2c7cc8027177298\"");
    await queryRunner.query("ALTER TABLE \"plan_answer\" DROP CONSTRAINT \"FK_e631712a1f90946f1428e955456\"");
    await queryRunner.query("DROP TABLE \"plan\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_691fe7b03a49aa825dd83925b5\"");
    await queryRunner.query("DROP TABLE \"plan_version\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_39487f10007bc2ecca9ffae8d6\"");
    await queryRunner.query("DROP TABLE \"plan_attachment\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_03b13a337fb3a0968276301a54\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6c00aecb622b66bff1cacb0100\"");
    await queryRunner.query("DROP TABLE \"plan_answer\"");
  }
}
