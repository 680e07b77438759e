import 'reflect-metadata';
import { createDataSource } from '../../src/database/data-source';
import { createScratchDatabase } from '@tafel/api/testing';
import { OIDC_ISSUER_ENV, startOidcProvider } from './oidc-provider';
import { startTestCluster } from './test-database';

/**
 * One migrated database for the whole integration run; each test file creates its own rows. Also a
 * real OpenID Provider for the OIDC login tests (an ES module: it cannot start inside a test file).
 */
export default async function globalSetup(): Promise<void> {
  const cluster = await startTestCluster();
  const db = await createScratchDatabase(cluster.adminUrl);
  const dataSource = createDataSource(db.url);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'all' });
  await dataSource.destroy();
  process.env['TAFEL_TEST_ADMIN_URL'] = cluster.adminUrl;
  process.env['TAFEL_TEST_DATABASE_URL'] = db.url;
  const oidc = await startOidcProvider();
  process.env[OIDC_ISSUER_ENV] = oidc.issuer;
  (globalThis as { __tafelTest?: unknown }).__tafelTest = { cluster, db, oidc };
}
