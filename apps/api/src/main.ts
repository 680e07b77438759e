import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import { createApp } from './bootstrap';
import { loadConfig } from './config/app-config';
import { EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';
import { printDemoBanner, seedDemoDataOnce } from './database/seed/demo-seed';
import { TotpService } from './modules/auth/totp.service';
import { MonitorQueryService } from './modules/monitor/monitor-query.service';

const EMBEDDED_PORT = 54329;

async function main(): Promise<void> {
  const logger = new Logger('Tafel');
  const config = loadConfig();
  let embedded: EmbeddedDatabase | null = null;
  if (!config.databaseUrl) {
    logger.log(`Starting embedded PostgreSQL (data in ${join(config.dataDir, 'postgres')})`);
    embedded = await startEmbeddedPostgres({
      dir: join(config.dataDir, 'postgres'),
      port: Number(process.env['EMBEDDED_PG_PORT'] ?? EMBEDDED_PORT),
      database: 'tafel',
      persistent: true,
    });
  }
  const databaseUrl = config.databaseUrl ?? (embedded as EmbeddedDatabase).url;
  const app = await createApp(config, databaseUrl);
  const stop = async (signal: string) => {
    logger.log(`${signal} received; stopping`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  // embedded-postgres stops its clusters on these signals by itself (async-exit-hook) and then exits with
  // 128 + the signal: that raced the orderly stop above, cutting off the app's last queries. The app
  // stops its database itself, after closing.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => void stop(signal));
  }
  await app.init();
  if (config.demo) {
    await seedDemoDataOnce(app);
    // The seed writes the demo TOTP secret in plain text; encrypt it like every other secret.
    await app.get(TotpService).encryptPlaintextSecrets();
  }
  await app.listen(config.port, config.host);
  // The ketenmonitor's stock table, the slowest to compute, before its first reader asks (in the background).
  app
    .get(MonitorQueryService)
    .warm()
    .catch((error: unknown) => logger.warn(`Monitor tables not computed ahead: ${String(error)}`));
  const url = `http://localhost:${config.port}`;
  logger.log(`Tafel runs at ${url} (API at ${url}/api/v1)`);
  if (config.demo) printDemoBanner(url);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Tafel could not start: ${message}`);
  process.exit(1);
});
