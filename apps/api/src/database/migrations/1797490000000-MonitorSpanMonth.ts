import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ended spans kept per metric and cell (`monitor_span_month`), filled from the spans already projected,
 * and an index of the open spans, which the reads still count from `monitor_span`.
 */
export class MonitorSpanMonth1797490000000 implements MigrationInterface {
  name = 'MonitorSpanMonth1797490000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"monitor_span_month\" (\"metric\" character varying(48) NOT NULL, \"month\" date NOT NULL, \"gemeente\" character varying(64) NOT NULL, \"gi\" character varying(36) NOT NULL, \"moment_type\" character varying(16) NOT NULL, \"within\" integer NOT NULL, \"beyond\" integer NOT NULL, \"ended\" integer NOT NULL, \"durations\" bytea NOT NULL, CONSTRAINT \"PK_c769be3c051ac37e58e65ca47a4\" PRIMARY KEY (\"metric\", \"month\", \"gemeente\", \"gi\", \"moment_type\"))");
    await queryRunner.query("CREATE INDEX \"IDX_monitor_span_open\" ON \"monitor_span\" (\"metric\", \"month\", \"gemeente\", \"gi\", \"moment_type\", \"deadline_at\") WHERE \"end_at\" IS NULL");
    await queryRunner.query(`INSERT INTO monitor_span_month (metric, month, gemeente, gi, moment_type, within, beyond, ended, durations)
      SELECT metric, month, gemeente, gi, moment_type,
             count(*) FILTER (WHERE deadline_at IS NOT NULL AND end_at <= deadline_at)::int,
             count(*) FILTER (WHERE deadline_at IS NOT NULL AND end_at > deadline_at)::int,
             count(*) FILTER (WHERE deadline_at IS NULL)::int,
             COALESCE(string_agg(float8send(duration::float8), ''::bytea ORDER BY duration::float8) FILTER (WHERE duration IS NOT NULL), ''::bytea)
        FROM monitor_span WHERE end_at IS NOT NULL
       GROUP BY metric, month, gemeente, gi, moment_type`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_monitor_span_open\"");
    await queryRunner.query("DROP TABLE \"monitor_span_month\"");
  }
}
