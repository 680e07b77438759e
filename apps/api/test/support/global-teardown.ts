import type { TestDatabase } from './test-database';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __tafelTestDb?: TestDatabase }).__tafelTestDb?.drop();
}
