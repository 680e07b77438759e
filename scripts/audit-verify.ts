/**
 * Verifies the hash chain of the NEN 7513 access log. Exits 1 and names the first broken row.
 * Usage: DATABASE_URL=postgres://… npm run audit:verify   (without DATABASE_URL: the running
 * embedded database of `npm start`, found through .data/postgres).
 */
import 'reflect-metadata';
import { createDataSource } from '../apps/api/src/database/data-source';
import { appDatabaseUrl } from './app-database-url';
import { verifyAccessLog } from '../apps/api/src/modules/audit/access-log.verify';

async function main(): Promise<number> {
  const dataSource = createDataSource(appDatabaseUrl());
  await dataSource.initialize();
  try {
    const result = await verifyAccessLog(dataSource);
    if (result.break) {
      console.error(`Access log chain BROKEN at row ${result.break.id}: ${result.break.reason}`);
      return 1;
    }
    console.log(`Access log chain intact: ${result.rows} rows verified`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `Could not verify the access log: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(2);
  },
);
