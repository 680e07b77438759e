import { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveMeetingState1795975583817 implements MigrationInterface {
  name = 'LiveMeetingState1795975583817';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"tafel_room_state\" (\"tafel_id\" uuid NOT NULL, \"version\" bigint NOT NULL DEFAULT '0', \"agenda_item\" character varying(40), \"last_change\" character varying(32), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_25b5df8e8ea690aab1ed30a44f6\" PRIMARY KEY (\"tafel_id\"))");
    await queryRunner.query("ALTER TABLE \"tafel_room_state\" ADD CONSTRAINT \"FK_25b5df8e8ea690aab1ed30a44f6\" FOREIGN KEY (\"tafel_id\") REFERENCES \"tafel\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"tafel_room_state\" DROP CONSTRAINT \"FK_25b5df8e8ea690aab1ed30a44f6\"");
    await queryRunner.query("DROP TABLE \"tafel_room_state\"");
  }
}
