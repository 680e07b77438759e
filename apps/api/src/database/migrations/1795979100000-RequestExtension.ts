import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The afschaling decision `extend_measure` becomes `request_extension`: a tafel cannot extend a
 * measure, only the kinderrechter can (on the GI's request). Existing tafels and their
 * `decision_recorded` events are converted. Events recorded before the chain milestones carried
 * their facts get those fields as null (imported history), so every stored payload has its shape.
 */
export class RequestExtension1795979100000 implements MigrationInterface {
  name = 'RequestExtension1795979100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "tafel" SET "decision" = 'request_extension' WHERE "decision" = 'extend_measure'`);
    await queryRunner.query('ALTER TABLE "chain_event" DISABLE TRIGGER "chain_event_append_only"');
    await queryRunner.query(
      `UPDATE "chain_event" SET "data" = jsonb_set("data", '{decision}', '"request_extension"')
        WHERE "type" = 'decision_recorded' AND "data"->>'decision' = 'extend_measure'`,
    );
    const nulls: [string, string][] = [
      ['investigation_finished', '{"advice": null}'],
      [
        'court_order',
        '{"measureId": null, "measureType": null, "startsOn": null, "endsOn": null, "giOrganisationId": null}',
      ],
      ['jeugdbeschermer_assigned', '{"jeugdbeschermerId": null}'],
      ['handover_sent', '{"handoverId": null, "toOrganisationId": null}'],
      ['measure_ended', '{"measureId": null, "followUp": null}'],
    ];
    for (const [type, fields] of nulls) {
      await queryRunner.query(`UPDATE "chain_event" SET "data" = $1::jsonb || "data" WHERE "type" = $2`, [fields, type]);
    }
    await queryRunner.query('ALTER TABLE "chain_event" ENABLE TRIGGER "chain_event_append_only"');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "tafel" SET "decision" = 'extend_measure' WHERE "decision" = 'request_extension'`);
    await queryRunner.query('ALTER TABLE "chain_event" DISABLE TRIGGER "chain_event_append_only"');
    await queryRunner.query(
      `UPDATE "chain_event" SET "data" = jsonb_set("data", '{decision}', '"extend_measure"')
        WHERE "type" = 'decision_recorded' AND "data"->>'decision' = 'request_extension'`,
    );
    await queryRunner.query('ALTER TABLE "chain_event" ENABLE TRIGGER "chain_event_append_only"');
  }
}
