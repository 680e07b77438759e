import type { ScratchDatabase } from '@tafel/api/testing';
import type { TestOidcProvider } from './oidc-provider';
import type { TestCluster } from './test-database';

interface TestState {
  cluster: TestCluster;
  dbs: ScratchDatabase[];
  oidc: TestOidcProvider;
}

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { __tafelTest?: TestState }).__tafelTest;
  await state?.oidc.stop();
  for (const db of state?.dbs ?? []) await db.drop();
  await state?.cluster.stop();
}
