import { MigrationInterface, QueryRunner } from 'typeorm';

export class Measures1795979130642 implements MigrationInterface {
  name = 'Measures1795979130642';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"measure\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"member_id\" uuid NOT NULL, \"type\" character varying(24) NOT NULL, \"court_date\" date NOT NULL, \"starts_on\" date NOT NULL, \"ends_on\" date, \"gi_organisation_id\" uuid, \"jeugdbeschermer_id\" uuid, \"extensions\" jsonb NOT NULL DEFAULT '[]', \"ended_on\" date, \"end_reason\" character varying(24), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_ddc1ad2a86717cedc808809423e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_0afa79ea3cf9f055cfeb1e4184\" ON \"measure\" (\"case_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_cc98ed5a10a2f3768a8238a412\" ON \"measure\" (\"ends_on\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_cc98ed5a10a2f3768a8238a412\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_0afa79ea3cf9f055cfeb1e4184\"");
    await queryRunner.query("DROP TABLE \"measure\"");
  }
}
