import { MigrationInterface, QueryRunner } from 'typeorm';

export class MonitorAggregates1795977835909 implements MigrationInterface {
  name = 'MonitorAggregates1795977835909';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"monitor_count\" (\"metric\" character varying(48) NOT NULL, \"gemeente\" character varying(64) NOT NULL, \"gi\" character varying(36) NOT NULL, \"moment_type\" character varying(16) NOT NULL, \"month\" date NOT NULL, \"bucket\" character varying(48) NOT NULL, \"n\" integer NOT NULL, CONSTRAINT \"PK_a3e92c71ec8fb9350c282e89c48\" PRIMARY KEY (\"metric\", \"gemeente\", \"gi\", \"moment_type\", \"month\", \"bucket\"))");
    await queryRunner.query("CREATE TABLE \"monitor_duiding\" (\"period\" character varying(7) NOT NULL, \"text\" character varying(2000) NOT NULL, \"updated_by\" uuid NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_564f3d4fe668b7742c0e517222c\" PRIMARY KEY (\"period\"))");
    await queryRunner.query("CREATE TABLE \"monitor_span\" (\"case_id\" uuid NOT NULL, \"metric\" character varying(48) NOT NULL, \"subject\" character varying(36) NOT NULL, \"gemeente\" character varying(64) NOT NULL, \"gi\" character varying(36) NOT NULL, \"moment_type\" character varying(16) NOT NULL, \"month\" date NOT NULL, \"start_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"end_at\" TIMESTAMP WITH TIME ZONE, \"deadline_at\" TIMESTAMP WITH TIME ZONE, \"duration\" numeric(10,2), CONSTRAINT \"PK_7384404154889a6a11e593b76ba\" PRIMARY KEY (\"case_id\", \"metric\", \"subject\"))");
    await queryRunner.query("CREATE INDEX \"IDX_1750cefa8acca278ac5c1933fa\" ON \"monitor_span\" (\"metric\", \"month\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1750cefa8acca278ac5c1933fa\"");
    await queryRunner.query("DROP TABLE \"monitor_span\"");
    await queryRunner.query("DROP TABLE \"monitor_duiding\"");
    await queryRunner.query("DROP TABLE \"monitor_count\"");
  }
}
