import { MigrationInterface, QueryRunner } from 'typeorm';

/** Agreement due / overdue notices sent once each (plans module), and one waiting occurrence per recurring job. */
export class AgreementNotices1796300000000 implements MigrationInterface {
  name = 'AgreementNotices1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "agreement_notice" ("case_id" uuid NOT NULL, "agreement_id" character varying(80) NOT NULL, "state" character varying(16) NOT NULL, "notified_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1c5ab0376e79aa4ecb6e0207ede" PRIMARY KEY ("case_id", "agreement_id", "state"))',
    );
    await queryRunner.query(
      'ALTER TABLE "agreement_notice" ADD CONSTRAINT "FK_756254ba8133da44e67ddd82df4" FOREIGN KEY ("case_id") REFERENCES "family_case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_job_recurring" ON "job" ("group_key") WHERE "group_key" LIKE 'recurring:%' AND "status" IN ('pending', 'running')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."uq_job_recurring"');
    await queryRunner.query('ALTER TABLE "agreement_notice" DROP CONSTRAINT "FK_756254ba8133da44e67ddd82df4"');
    await queryRunner.query('DROP TABLE "agreement_notice"');
  }
}
