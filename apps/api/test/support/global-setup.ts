import 'reflect-metadata';
import { createDataSource } from '../../src/database/data-source';
import { createTestDatabase } from './test-database';

/** One migrated database for the whole integration run; each test file creates its own rows. */
export default async function globalSetup(): Promise<void> {
  const db = await createTestDatabase();
  const dataSource = createDataSource(db.url);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'all' });
  await dataSource.destroy();
  process.env['TAFEL_TEST_DATABASE_URL'] = db.url;
  (globalThis as { __tafelTestDb?: typeof db }).__tafelTestDb = db;
}
