import type { ScratchDatabase } from '@tafel/api/testing';
import type { TestCluster } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { __tafelTest?: { cluster: TestCluster; db: ScratchDatabase } }).__tafelTest;
  await state?.db.drop();
  await state?.cluster.stop();
}
