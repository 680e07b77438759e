import 'reflect-metadata';
import { createDataSource } from '../../src/database/data-source';
import { ScratchDatabase, createScratchDatabase } from '@tafel/api/testing';
import { OIDC_ISSUER_ENV, startOidcProvider } from './oidc-provider';
import { startTestCluster } from './test-database';

/**
 * One database migrated once, copied for each jest worker (testDatabaseUrl): each test file creates
 * its own rows, and no worker sees another's; a file that must see no other file's rows makes a copy
 * of its own (createMigratedDatabase). Also a real OpenID Provider for the OIDC login tests (an ES
 * module: it cannot start inside a test file); the workers share it, each login its own interaction.
 */
export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  const cluster = await startTestCluster();
  const migrated = await createScratchDatabase(cluster.adminUrl);
  const dataSource = createDataSource(migrated.url);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'all' });
  await dataSource.destroy();
  const copies: ScratchDatabase[] = [];
  for (let worker = 1; worker <= globalConfig.maxWorkers; worker++)
    copies.push(await createScratchDatabase(cluster.adminUrl, migrated.name));
  process.env['TAFEL_TEST_ADMIN_URL'] = cluster.adminUrl;
  process.env['TAFEL_TEST_MIGRATED_DATABASE'] = migrated.name;
  process.env['TAFEL_TEST_DATABASE_URLS'] = JSON.stringify(copies.map((db) => db.url));
  const oidc = await startOidcProvider();
  process.env[OIDC_ISSUER_ENV] = oidc.issuer;
  (globalThis as { __tafelTest?: unknown }).__tafelTest = { cluster, dbs: [migrated, ...copies], oidc };
}
