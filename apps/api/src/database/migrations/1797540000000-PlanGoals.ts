import { MigrationInterface, QueryRunner } from 'typeorm';

/** The goals of a free-text `goals` section: one per non-empty line, trimmed, in order, each a new id. */
const goalsFrom = (text: string) => `COALESCE((
  SELECT jsonb_agg(jsonb_build_object('id', gen_random_uuid(), 'text', btrim(line)) ORDER BY n)
    FROM regexp_split_to_table(COALESCE(${text}, ''), E'\\r?\\n') WITH ORDINALITY AS l(line, n)
   WHERE btrim(line) <> ''), '[]'::jsonb)`;

/** Each agreement of a jsonb array, with (up) or without (down) its `goalId`. */
const eachAgreement = (column: string, change: string) => `COALESCE((
  SELECT jsonb_agg(${change} ORDER BY n) FROM jsonb_array_elements(${column}) WITH ORDINALITY AS x(a, n)), '[]'::jsonb)`;

/** The goals as the free text they were: one per line. */
const textOf = (column: string) => `COALESCE((
  SELECT string_agg(g->>'text', E'\\n' ORDER BY n) FROM jsonb_array_elements(${column}) WITH ORDINALITY AS x(g, n)), '')`;

/**
 * Plan goals become items that agreements name. The draft's free text becomes one goal per non-empty
 * line; its agreements stay "zonder doel" (goalId null) until the coordinator links them: nobody said
 * which goal they serve. A published version keeps its sections, agreements and hash as they are; its
 * goals are copied from its text into the new column (the only change to a version ever, with its
 * trigger off for the length of this migration). A tafel's agreement gets the goal it serves.
 */
export class PlanGoals1797540000000 implements MigrationInterface {
  name = 'PlanGoals1797540000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan" ADD "goals" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(
      `UPDATE "plan" SET "goals" = ${goalsFrom(`"sections"->>'goals'`)}, "sections" = "sections" - 'goals',
         "agreements" = ${eachAgreement('"agreements"', `a || '{"goalId": null}'::jsonb`)}`,
    );
    await queryRunner.query(`ALTER TABLE "plan_version" ADD "goals" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query('ALTER TABLE "plan_version" DISABLE TRIGGER "plan_version_immutable"');
    await queryRunner.query(`UPDATE "plan_version" SET "goals" = ${goalsFrom(`"sections"->>'goals'`)}`);
    await queryRunner.query('ALTER TABLE "plan_version" ENABLE TRIGGER "plan_version_immutable"');
    await queryRunner.query(`ALTER TABLE "agreement" ADD "plan_goal_id" uuid`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agreement" DROP COLUMN "plan_goal_id"`);
    await queryRunner.query('ALTER TABLE "plan_version" DISABLE TRIGGER "plan_version_immutable"');
    // Versions published with goals get their goals back as the text of the section.
    await queryRunner.query(
      `UPDATE "plan_version" SET "sections" = "sections" || jsonb_build_object('goals', ${textOf('"goals"')})
        WHERE NOT "sections" ? 'goals'`,
    );
    await queryRunner.query('ALTER TABLE "plan_version" ENABLE TRIGGER "plan_version_immutable"');
    await queryRunner.query(`ALTER TABLE "plan_version" DROP COLUMN "goals"`);
    await queryRunner.query(
      `UPDATE "plan" SET "sections" = "sections" || jsonb_build_object('goals', ${textOf('"goals"')}),
         "agreements" = ${eachAgreement('"agreements"', `a - 'goalId'`)}`,
    );
    await queryRunner.query(`ALTER TABLE "plan" DROP COLUMN "goals"`);
  }
}
