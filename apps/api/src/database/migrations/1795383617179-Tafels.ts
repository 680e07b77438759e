import { MigrationInterface, QueryRunner } from 'typeorm';

export class Tafels1795383617179 implements MigrationInterface {
  name = 'Tafels1795383617179';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"job\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"kind\" character varying(48) NOT NULL, \"run_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"payload\" jsonb NOT NULL, \"group_key\" character varying(100), \"status\" character varying(16) NOT NULL DEFAULT 'pending', \"attempts\" smallint NOT NULL DEFAULT '0', \"last_error\" character varying(500), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_98ab1c14ff8d1cf80d18703b92f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_df28ad051bb5ffa85749f20a1c\" ON \"job\" (\"group_key\") ");
    await queryRunner.query("CREATE INDEX \"IDX_38512e57de69339eb2317b01c6\" ON \"job\" (\"status\", \"run_at\") ");
    await queryRunner.query("CREATE TABLE \"sitting\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"chair_id\" uuid NOT NULL, \"secretary_id\" uuid NOT NULL, \"starts_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"ends_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"slot_minutes\" smallint NOT NULL, \"location\" character varying(200) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_47851bb89908417f188a01ee561\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_8acb7233a4a66b0b53f6819c6b\" ON \"sitting\" (\"starts_at\") ");
    await queryRunner.query("CREATE TABLE \"tafel\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"moment_type\" character varying(16) NOT NULL, \"status\" character varying(16) NOT NULL DEFAULT 'requested', \"requested_by_id\" uuid NOT NULL, \"requested_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"due_date\" date, \"reason\" text NOT NULL, \"voluntary_help_tried\" text, \"familiegroepsplan_offered\" boolean, \"parents_reaction\" text, \"parents_unreachable_reason\" text, \"consent_to_share\" boolean NOT NULL, \"sitting_id\" uuid, \"starts_at\" TIMESTAMP WITH TIME ZONE, \"ends_at\" TIMESTAMP WITH TIME ZONE, \"sequence\" integer NOT NULL DEFAULT '0', \"cancel_reason\" text, \"child_heard\" character varying(24), \"decision\" character varying(32), \"decision_rationale\" text, \"parents_view\" character varying(16), \"parents_view_text\" text, \"conditions_deadline\" date, \"gi_organisation_id\" uuid, \"decided_at\" TIMESTAMP WITH TIME ZONE, \"decided_by_id\" uuid, CONSTRAINT \"PK_75242b596802d185f74cdf499d7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_tafel_slot\" ON \"tafel\" (\"sitting_id\", \"starts_at\") WHERE \"status\" IN ('scheduled', 'in_session')");
    await queryRunner.query("CREATE INDEX \"IDX_f7a8d16af948936851ee345650\" ON \"tafel\" (\"case_id\", \"requested_at\") ");
    await queryRunner.query("CREATE TABLE \"agreement\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tafel_id\" uuid NOT NULL, \"case_id\" uuid NOT NULL, \"owner_user_id\" uuid, \"owner_member_id\" uuid, \"owner_organisation_id\" uuid, \"owner_name\" character varying(200) NOT NULL, \"what\" text NOT NULL, \"due_date\" date NOT NULL, \"status\" character varying(8) NOT NULL DEFAULT 'open', \"done_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_e7537188219eeef56233a609753\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_d1412033b3cfd2f6383e229204\" ON \"agreement\" (\"tafel_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_55a3749db3b29730839358105b\" ON \"agreement\" (\"case_id\") ");
    await queryRunner.query("CREATE TABLE \"booking\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"tafel_id\" uuid, \"starts_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"ends_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"reason\" character varying(200), CONSTRAINT \"PK_49171efc69702ed84c812f33540\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_276896d1a1a30be6de9d7d43f5\" ON \"booking\" (\"user_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_4ccf2d10d5d9b41b78ae8b02d9\" ON \"booking\" (\"tafel_id\") ");
    await queryRunner.query("CREATE TABLE \"tafel_participant\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"tafel_id\" uuid NOT NULL, \"role\" character varying(16) NOT NULL, \"user_id\" uuid, \"member_id\" uuid, \"invitation\" character varying(16) NOT NULL DEFAULT 'invited', \"not_invited_reason\" text, \"attendance\" character varying(32), \"absence_reason\" text, \"confidant_for_member_id\" uuid, CONSTRAINT \"PK_33e96c06304673673bcb98722c7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_5f3a38c5090e1a2fd4b278ea00\" ON \"tafel_participant\" (\"user_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_tafel_participant_member\" ON \"tafel_participant\" (\"tafel_id\", \"member_id\") WHERE \"member_id\" IS NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_tafel_participant_user\" ON \"tafel_participant\" (\"tafel_id\", \"user_id\") WHERE \"user_id\" IS NOT NULL");
    await queryRunner.query("ALTER TABLE \"sitting\" ADD CONSTRAINT \"FK_e0bcca3b76edd6f81cc955cbde8\" FOREIGN KEY (\"chair_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"sitting\" ADD CONSTRAINT \"FK_64e119da29d12237c5771c9566d\" FOREIGN KEY (\"secretary_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tafel\" ADD CONSTRAINT \"FK_3901cdeaa14806b583a373934f8\" FOREIGN KEY (\"case_id\") REFERENCES \"family_case\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tafel\" ADD CONSTRAINT \"FK_3a9e6430f779f3a3074db976477\" FOREIGN KEY (\"sitting_id\") REFERENCES \"sitting\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agreement\" ADD CONSTRAINT \"FK_d1412033b3cfd2f6383e2292047\" FOREIGN KEY (\"tafel_id\") REFERENCES \"tafel\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tafel_participant\" ADD CONSTRAINT \"FK_d3db890446b52e45752bd4b087d\" FOREIGN KEY (\"tafel_id\") REFERENCES \"tafel\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tafel_participant\" ADD CONSTRAINT \"FK_5f3a38c5090e1a2fd4b278ea008\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tafel_participant\" ADD CONSTRAINT \"FK_f3dd36c49b39444ecc843234612\" FOREIGN KEY (\"member_id\") REFERENCES \"case_member\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    // Written by hand: one person can never be booked twice at overlapping times.
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
    await queryRunner.query('ALTER TABLE "booking" ADD CONSTRAINT "ck_booking_period" CHECK ("ends_at" > "starts_at")');
    await queryRunner.query(
      'ALTER TABLE "booking" ADD CONSTRAINT "ex_booking_no_overlap" EXCLUDE USING gist ("user_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "booking" DROP CONSTRAINT "ex_booking_no_overlap"');
    await queryRunner.query('ALTER TABLE "booking" DROP CONSTRAINT "ck_booking_period"');
    await queryRunner.query("ALTER TABLE \"tafel_participant\" DROP CONSTRAINT \"FK_f3dd36c49b39444ecc843234612\"");
    await queryRunner.query("ALTER TABLE \"tafel_participant\" DROP CONSTRAINT \"FK_5f3a38c5090e1a2fd4b278ea008\"");
    await queryRunner.query("ALTER TABLE \"tafel_participant\" DROP CONSTRAINT \"FK_d3db890446b52e45752bd4b087d\"");
    await queryRunner.query("ALTER TABLE \"agreement\" DROP CONSTRAINT \"FK_d1412033b3cfd2f6383e2292047\"");
    await queryRunner.query("ALTER TABLE \"tafel\" DROP CONSTRAINT \"FK_3a9e6430f779f3a3074db976477\"");
    await queryRunner.query("ALTER TABLE \"tafel\" DROP CONSTRAINT \"FK_3901cdeaa14806b583a373934f8\"");
    await queryRunner.query("ALTER TABLE \"sitting\" DROP CONSTRAINT \"FK_64e119da29d12237c5771c9566d\"");
    await queryRunner.query("ALTER TABLE \"sitting\" DROP CONSTRAINT \"FK_e0bcca3b76edd6f81cc955cbde8\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_tafel_participant_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_tafel_participant_member\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_5f3a38c5090e1a2fd4b278ea00\"");
    await queryRunner.query("DROP TABLE \"tafel_participant\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_4ccf2d10d5d9b41b78ae8b02d9\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_276896d1a1a30be6de9d7d43f5\"");
    await queryRunner.query("DROP TABLE \"booking\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_55a3749db3b29730839358105b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d1412033b3cfd2f6383e229204\"");
    await queryRunner.query("DROP TABLE \"agreement\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f7a8d16af948936851ee345650\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_tafel_slot\"");
    await queryRunner.query("DROP TABLE \"tafel\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_8acb7233a4a66b0b53f6819c6b\"");
    await queryRunner.query("DROP TABLE \"sitting\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_38512e57de69339eb2317b01c6\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_df28ad051bb5ffa85749f20a1c\"");
    await queryRunner.query("DROP TABLE \"job\"");
  }
}
