import { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveNotes1795974620249 implements MigrationInterface {
  name = 'LiveNotes1795974620249';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"tafel_note_snapshot\" (\"tafel_id\" uuid NOT NULL, \"state\" bytea NOT NULL, \"up_to_id\" bigint NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_baec87ff6e229e1acfc7d579881\" PRIMARY KEY (\"tafel_id\"))");
    await queryRunner.query("CREATE TABLE \"tafel_note_update\" (\"id\" BIGSERIAL NOT NULL, \"tafel_id\" uuid NOT NULL, \"update\" bytea NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_82da70e9ee00bc4395e8b96a926\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_1ad560649b49080321f882ed32\" ON \"tafel_note_update\" (\"tafel_id\", \"id\") ");
    await queryRunner.query("ALTER TABLE \"tafel_note_snapshot\" ADD CONSTRAINT \"FK_baec87ff6e229e1acfc7d579881\" FOREIGN KEY (\"tafel_id\") REFERENCES \"tafel\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tafel_note_update\" ADD CONSTRAINT \"FK_230226faad399f2db0050b27816\" FOREIGN KEY (\"tafel_id\") REFERENCES \"tafel\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"tafel_note_update\" DROP CONSTRAINT \"FK_230226faad399f2db0050b27816\"");
    await queryRunner.query("ALTER TABLE \"tafel_note_snapshot\" DROP CONSTRAINT \"FK_baec87ff6e229e1acfc7d579881\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1ad560649b49080321f882ed32\"");
    await queryRunner.query("DROP TABLE \"tafel_note_update\"");
    await queryRunner.query("DROP TABLE \"tafel_note_snapshot\"");
  }
}
