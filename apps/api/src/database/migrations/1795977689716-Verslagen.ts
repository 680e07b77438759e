import { MigrationInterface, QueryRunner } from 'typeorm';

export class Verslagen1795977689716 implements MigrationInterface {
  name = 'Verslagen1795977689716';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"verslag_draft\" (\"tafel_id\" uuid NOT NULL, \"content\" jsonb NOT NULL, \"corrected_by_id\" uuid, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a56f219465e3f1f346915774369\" PRIMARY KEY (\"tafel_id\"))");
    await queryRunner.query("CREATE TABLE \"verslag_reply\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tafel_id\" uuid NOT NULL, \"member_id\" uuid NOT NULL, \"author_name\" character varying(200) NOT NULL, \"text\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_8cb6288540fefdd4ee80d9f2bf0\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_d078cd6fa1ab41ff3ae51018c9\" ON \"verslag_reply\" (\"tafel_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"verslag\" (\"tafel_id\" uuid NOT NULL, \"body\" text NOT NULL, \"hash\" character(64) NOT NULL, \"adopted_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"adopted_by_id\" uuid NOT NULL, \"due_by\" date NOT NULL, CONSTRAINT \"PK_0650d3dde2ea6f4aa81041ae7ef\" PRIMARY KEY (\"tafel_id\"))");
    await queryRunner.query("ALTER TABLE \"verslag_draft\" ADD CONSTRAINT \"FK_a56f219465e3f1f346915774369\" FOREIGN KEY (\"tafel_id\") REFERENCES \"tafel\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"verslag_draft\" ADD CONSTRAINT \"FK_7e28e7dc90cc6f1c73bb1eca18e\" FOREIGN KEY (\"corrected_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"verslag_reply\" ADD CONSTRAINT \"FK_929522b44df58f0c41bcb420c24\" FOREIGN KEY (\"tafel_id\") REFERENCES \"verslag\"(\"tafel_id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"verslag_reply\" ADD CONSTRAINT \"FK_b679e9c02a19262d1a28f3d04cf\" FOREIGN KEY (\"member_id\") REFERENCES \"case_member\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"verslag\" ADD CONSTRAINT \"FK_0650d3dde2ea6f4aa81041ae7ef\" FOREIGN KEY (\"tafel_id\") REFERENCES \"tafel\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"verslag\" ADD CONSTRAINT \"FK_51c346048d5554e2191f6a0f7de\" FOREIGN KEY (\"adopted_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query(
      `ALTER TABLE "verslag" ADD CONSTRAINT "CHK_verslag_hash" CHECK ("hash" = encode(sha256(convert_to("body", 'UTF8')), 'hex'))`,
    );
    // Written by hand: an adopted verslag and the reactions to it are never changed or removed.
    await queryRunner.query(
      'CREATE TRIGGER verslag_immutable BEFORE UPDATE OR DELETE ON "verslag" FOR EACH ROW EXECUTE FUNCTION refuse_change()',
    );
    await queryRunner.query(
      'CREATE TRIGGER verslag_reply_immutable BEFORE UPDATE OR DELETE ON "verslag_reply" FOR EACH ROW EXECUTE FUNCTION refuse_change()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "verslag_reply_immutable" ON "verslag_reply"');
    await queryRunner.query('DROP TRIGGER "verslag_immutable" ON "verslag"');
    await queryRunner.query('ALTER TABLE "verslag" DROP CONSTRAINT "CHK_verslag_hash"');
    await queryRunner.query("ALTER TABLE \"verslag\" DROP CONSTRAINT \"FK_51c346048d5554e2191f6a0f7de\"");
    await queryRunner.query("ALTER TABLE \"verslag\" DROP CONSTRAINT \"FK_0650d3dde2ea6f4aa81041ae7ef\"");
    await queryRunner.query("ALTER TABLE \"verslag_reply\" DROP CONSTRAINT \"FK_b679e9c02a19262d1a28f3d04cf\"");
    await queryRunner.query("ALTER TABLE \"verslag_reply\" DROP CONSTRAINT \"FK_929522b44df58f0c41bcb420c24\"");
    await queryRunner.query("ALTER TABLE \"verslag_draft\" DROP CONSTRAINT \"FK_7e28e7dc90cc6f1c73bb1eca18e\"");
    await queryRunner.query("ALTER TABLE \"verslag_draft\" DROP CONSTRAINT \"FK_a56f219465e3f1f346915774369\"");
    await queryRunner.query("DROP TABLE \"verslag\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d078cd6fa1ab41ff3ae51018c9\"");
    await queryRunner.query("DROP TABLE \"verslag_reply\"");
    await queryRunner.query("DROP TABLE \"verslag_draft\"");
  }
}
