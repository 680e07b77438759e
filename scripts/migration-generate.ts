/**
 * Generates a migration from the difference between the entities and the migrated schema, on a
 * throw-away database. Usage: npm run db:migration -- <Name>. Review the file before committing.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDataSource } from '../apps/api/src/database/data-source';
import { createScratchDatabase } from '@tafel/api/testing';
import { startTestCluster } from '../apps/api/test/support/test-database';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give a PascalCase migration name');
  const cluster = await startTestCluster();
  const db = await createScratchDatabase(cluster.adminUrl);
  const ds = createDataSource(db.url);
  try {
    await ds.initialize();
    await ds.runMigrations();
    const sql = await ds.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      console.log('Entities and migrations agree; nothing to generate.');
      return;
    }
    const stamp = Date.now();
    const q = (query: string) => `    await queryRunner.query(${JSON.stringify(query)});`;
    const file = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${stamp} implements MigrationInterface {
  name = '${name}${stamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map((u) => q(u.query)).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${[...sql.downQueries]
  .reverse()
  .map((d) => q(d.query))
  .join('\n')}
  }
}
`;
    const path = join(__dirname, '../apps/api/src/database/migrations', `${stamp}-${name}.ts`);
    writeFileSync(path, file);
    console.log(`Wrote ${path}; add it to migrations/index.ts`);
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await db.drop();
    await cluster.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
