/** What the e2e global setup started for one jest worker: its own Tafel, database and mailbox. */
export interface WorkerTafel {
  baseUrl: string;
  mailDir: string;
  /** For the few tests that move the database's clock for one session (e.g. a session about to end). */
  databaseUrl: string;
}

export const WORKER_TAFELS_ENV = 'E2E_TAFELS';

/** This jest worker's Tafel (JEST_WORKER_ID; 1 when in band): no test sees another worker's data. */
export function workerTafel(): WorkerTafel {
  const tafels: WorkerTafel[] = JSON.parse(process.env[WORKER_TAFELS_ENV] ?? '[]');
  const mine = tafels[Number(process.env['JEST_WORKER_ID'] ?? '1') - 1];
  if (!mine) throw new Error(`${WORKER_TAFELS_ENV} is set by the e2e global setup, one Tafel per worker`);
  return mine;
}
