import { MigrationInterface, QueryRunner } from 'typeorm';

export class Handovers1795979978583 implements MigrationInterface {
  name = 'Handovers1795979978583';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"handover\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"from_organisation_id\" uuid, \"to_organisation_id\" uuid NOT NULL, \"status\" character varying(16) NOT NULL, \"sent_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"sent_by_id\" uuid NOT NULL, \"decided_at\" TIMESTAMP WITH TIME ZONE, \"decided_by_id\" uuid, \"reason\" character varying(1000), CONSTRAINT \"PK_15e64c0391cf9fb9278f297691f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_576b4a6eb1c72e3955d1b5b013\" ON \"handover\" (\"case_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_bd9be4bacd687deee80030d41e\" ON \"handover\" (\"to_organisation_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_handover_open\" ON \"handover\" (\"case_id\") WHERE \"status\" = 'sent'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"uq_handover_open\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_bd9be4bacd687deee80030d41e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_576b4a6eb1c72e3955d1b5b013\"");
    await queryRunner.query("DROP TABLE \"handover\"");
  }
}
