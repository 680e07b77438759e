import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The monitor's facts on events recorded before they existed: a `tafel_requested` says whether the
 * request held the parents' reaction, offered a familiegroepsplan and described voluntary help; a
 * `decision_recorded` whether a parent was present and the parents were heard. Older events get these
 * fields as null (not known), so every stored payload has its current shape.
 */
export class MonitorEventFacts1795980000000 implements MigrationInterface {
  name = 'MonitorEventFacts1795980000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const nulls: [string, string][] = [
      [
        'tafel_requested',
        '{"parentsReaction": null, "familiegroepsplanOffered": null, "voluntaryHelpDescribed": null}',
      ],
      ['decision_recorded', '{"parentsPresent": null, "parentsHeard": null}'],
    ];
    await queryRunner.query('ALTER TABLE "chain_event" DISABLE TRIGGER "chain_event_append_only"');
    for (const [type, fields] of nulls) {
      await queryRunner.query(`UPDATE "chain_event" SET "data" = $1::jsonb || "data" WHERE "type" = $2`, [
        fields,
        type,
      ]);
    }
    await queryRunner.query('ALTER TABLE "chain_event" ENABLE TRIGGER "chain_event_append_only"');
  }

  public async down(): Promise<void> {
    // The added nulls are valid payload fields; nothing to undo.
  }
}
