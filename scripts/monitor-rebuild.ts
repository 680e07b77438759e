/**
 * Rebuilds the ketenmonitor's aggregates from the chain events, in one transaction.
 * Usage: DATABASE_URL=postgres://… npm run monitor:rebuild   (without DATABASE_URL: the running
 * embedded database of `npm start`, found through .data/postgres).
 */
import 'reflect-metadata';
import { createDataSource } from '../apps/api/src/database/data-source';
import { appDatabaseUrl } from './app-database-url';
import { EventBus } from '../apps/api/src/common/events/event-bus';
import { ChainProjections } from '../apps/api/src/modules/cases/chain-projections';
import { MonitorCache } from '../apps/api/src/modules/monitor/monitor-cache';
import { MonitorProjectionService } from '../apps/api/src/modules/monitor/monitor-projection.service';
import { MonitorMetrics } from '../apps/api/src/modules/monitor/monitor-metrics';
import { loadConfig } from '../apps/api/src/config/app-config';

async function main(): Promise<void> {
  const dataSource = createDataSource(appDatabaseUrl());
  await dataSource.initialize();
  try {
    const started = Date.now();
    const projection = new MonitorProjectionService(
      new ChainProjections(),
      new MonitorCache(),
      // The region's norms (TAFEL_CHAIN_NORMS) as the API has them: the deadlines of the spans.
      new MonitorMetrics(loadConfig()),
      dataSource,
      new EventBus(),
    );
    const { events } = await dataSource.transaction((manager) => projection.rebuild(manager));
    // Statistics of the new aggregates, and the spans' visibility map for index-only scans (the counts are
    // written once, at the end of the rebuild).
    await dataSource.query('VACUUM ANALYZE monitor_span, monitor_span_month, monitor_count');
    console.log(
      `Monitor rebuilt from ${events} chain events in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`Could not rebuild the monitor: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
