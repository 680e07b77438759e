import { MigrationInterface, QueryRunner } from 'typeorm';

/** The append-only tables whose rows a case's destruction deletes (and nothing else does). */
const DESTROYABLE = ['verslag', 'verslag_reply', 'plan_version', 'plan_answer'] as const;
const TRIGGER: Record<(typeof DESTROYABLE)[number], string> = {
  verslag: 'verslag_immutable',
  verslag_reply: 'verslag_reply_immutable',
  plan_version: 'plan_version_immutable',
  plan_answer: 'plan_answer_immutable',
};

/**
 * Retention (bewaartermijnen): a closed case's closing day and retention end, the tombstone of a
 * destroyed case, and the append-only triggers that let the destruction of one case through — set
 * by `SET LOCAL tafel.destroying_case` inside its transaction — and nothing else. The chain events
 * stay (the ketenmonitor's past figures do not change): their foreign key to the case goes, and a
 * destruction may rewrite only their `data` (it blanks the free-text reasons). The access log keeps
 * `refuse_change()` untouched. Existing closed cases get their end date by the default terms.
 */
export class Retention1797548260000 implements MigrationInterface {
  name = 'Retention1797548260000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "family_case" ADD "closed_on" date');
    await queryRunner.query('ALTER TABLE "family_case" ADD "retain_until" date');
    await queryRunner.query('ALTER TABLE "family_case" ADD "retention_notified_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      `CREATE TABLE "destroyed_case" ("case_id" uuid NOT NULL, "case_number" character varying(32) NOT NULL,
        "gemeente" character varying(64) NOT NULL, "closed_on" date NOT NULL, "retain_until" date NOT NULL,
        "destroyed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "destroyed_by_id" uuid NOT NULL, "reason" text NOT NULL,
        CONSTRAINT "UQ_destroyed_case_number" UNIQUE ("case_number"),
        CONSTRAINT "PK_destroyed_case" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(
      'ALTER TABLE "destroyed_case" ADD CONSTRAINT "FK_destroyed_case_by" FOREIGN KEY ("destroyed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'CREATE TRIGGER destroyed_case_append_only BEFORE UPDATE OR DELETE ON "destroyed_case" FOR EACH ROW EXECUTE FUNCTION refuse_change()',
    );
    await queryRunner.query(`CREATE FUNCTION refuse_change_unless_destroying() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND coalesce(current_setting('tafel.destroying_case', true), '') <> '' THEN RETURN OLD; END IF;
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of DESTROYABLE) {
      await queryRunner.query(`DROP TRIGGER "${TRIGGER[table]}" ON "${table}"`);
      await queryRunner.query(
        `CREATE TRIGGER ${TRIGGER[table]} BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION refuse_change_unless_destroying()`,
      );
    }
    await queryRunner.query(`CREATE FUNCTION chain_event_redact_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.case_id::text = current_setting('tafel.destroying_case', true)
           AND to_jsonb(NEW) - 'data' = to_jsonb(OLD) - 'data' THEN RETURN NEW; END IF;
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query('DROP TRIGGER "chain_event_append_only" ON "chain_event"');
    await queryRunner.query(
      'CREATE TRIGGER chain_event_append_only BEFORE UPDATE OR DELETE ON "chain_event" FOR EACH ROW EXECUTE FUNCTION chain_event_redact_only()',
    );
    await queryRunner.query('ALTER TABLE "chain_event" DROP CONSTRAINT "FK_731f703c5876e27d1ad062a10b8"');
    // The closing day: the last move into `closed` (or the seed's case_closed), else the last change.
    await queryRunner.query(`UPDATE "family_case" c SET "closed_on" = (coalesce(
        (SELECT max(e.occurred_at) FROM chain_event e WHERE e.case_id = c.id
            AND (e.type = 'case_closed' OR (e.type = 'phase_changed' AND e.data->>'to' = 'closed'))),
        c.updated_at) AT TIME ZONE 'Europe/Amsterdam')::date
      WHERE c.phase = 'closed'`);
    // 20 years after closing; 30 years after the 18th birthday of the youngest child with a measure
    // when later (an unknown birth date counts as 18 years after the measure's start).
    await queryRunner.query(`UPDATE "family_case" c SET "retain_until" = greatest(
        c.closed_on + interval '20 years',
        (SELECT max(coalesce(m.birth_date, me.starts_on) + interval '48 years') FROM measure me
           LEFT JOIN case_member m ON m.id = me.member_id WHERE me.case_id = c.id))::date
      WHERE c.phase = 'closed'`);
  }

  /** Refused once a case has been destroyed: its kept chain events name a case that is gone. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "chain_event" ADD CONSTRAINT "FK_731f703c5876e27d1ad062a10b8" FOREIGN KEY ("case_id") REFERENCES "family_case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query('DROP TRIGGER "chain_event_append_only" ON "chain_event"');
    await queryRunner.query(
      'CREATE TRIGGER chain_event_append_only BEFORE UPDATE OR DELETE ON "chain_event" FOR EACH ROW EXECUTE FUNCTION refuse_change()',
    );
    await queryRunner.query('DROP FUNCTION chain_event_redact_only()');
    for (const table of DESTROYABLE) {
      await queryRunner.query(`DROP TRIGGER "${TRIGGER[table]}" ON "${table}"`);
      await queryRunner.query(
        `CREATE TRIGGER ${TRIGGER[table]} BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
      );
    }
    await queryRunner.query('DROP FUNCTION refuse_change_unless_destroying()');
    await queryRunner.query('DROP TABLE "destroyed_case"');
    await queryRunner.query('ALTER TABLE "family_case" DROP COLUMN "retention_notified_at"');
    await queryRunner.query('ALTER TABLE "family_case" DROP COLUMN "retain_until"');
    await queryRunner.query('ALTER TABLE "family_case" DROP COLUMN "closed_on"');
  }
}
