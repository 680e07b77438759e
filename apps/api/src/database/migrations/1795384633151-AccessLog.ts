import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccessLog1795384633151 implements MigrationInterface {
  name = 'AccessLog1795384633151';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"access_log\" (\"id\" bigint NOT NULL, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"event\" character varying(64) NOT NULL, \"action\" character(1) NOT NULL, \"case_id\" uuid, \"person_id\" uuid, \"user_id\" uuid NOT NULL, \"role\" character varying(32) NOT NULL, \"organisation_id\" uuid, \"on_behalf_of\" uuid, \"access_point\" character varying(500), \"authorised\" boolean NOT NULL, \"relationship\" character varying(32) NOT NULL, \"consent\" character varying(32), \"emergency\" boolean NOT NULL DEFAULT false, \"prev_hash\" character(64) NOT NULL, \"hash\" character(64) NOT NULL, CONSTRAINT \"PK_bd09621fb73b42d9e32b85ae41f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_02e6ef6203a157db73058a737c\" ON \"access_log\" (\"user_id\", \"occurred_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_d5ed91f6ac46790be39730a092\" ON \"access_log\" (\"case_id\", \"occurred_at\") ");
    // Written by hand: the trigger orders and chains every row; nothing may change or remove one.
    await queryRunner.query(`CREATE FUNCTION access_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE previous access_log%ROWTYPE;
      BEGIN
        PERFORM pg_advisory_xact_lock(7513);
        SELECT * INTO previous FROM access_log ORDER BY id DESC LIMIT 1;
        NEW.id := coalesce(previous.id, 0) + 1;
        NEW.prev_hash := coalesce(previous.hash, repeat('0', 64));
        NEW.occurred_at := date_trunc('second', NEW.occurred_at);
        NEW.hash := encode(sha256(convert_to(concat_ws('|',
          NEW.id::text, NEW.prev_hash,
          to_char(NEW.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
          NEW.event, NEW.action, coalesce(NEW.case_id::text, ''), coalesce(NEW.person_id::text, ''),
          NEW.user_id::text, NEW.role, coalesce(NEW.organisation_id::text, ''), coalesce(NEW.on_behalf_of::text, ''),
          coalesce(NEW.access_point, ''), NEW.authorised::text, NEW.relationship, coalesce(NEW.consent, ''),
          NEW.emergency::text), 'UTF8')), 'hex');
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER access_log_chain BEFORE INSERT ON "access_log" FOR EACH ROW EXECUTE FUNCTION access_log_chain()',
    );
    await queryRunner.query(
      'CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON "access_log" FOR EACH ROW EXECUTE FUNCTION refuse_change()',
    );
    await queryRunner.query('CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON "access_log" EXECUTE FUNCTION refuse_change()');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "access_log_no_truncate" ON "access_log"');
    await queryRunner.query('DROP TRIGGER "access_log_append_only" ON "access_log"');
    await queryRunner.query('DROP TRIGGER "access_log_chain" ON "access_log"');
    await queryRunner.query('DROP FUNCTION access_log_chain()');
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d5ed91f6ac46790be39730a092\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_02e6ef6203a157db73058a737c\"");
    await queryRunner.query("DROP TABLE \"access_log\"");
  }
}
