import { rmSync } from 'node:fs';
import type { ScratchDatabase } from '@tafel/api/testing';
import type { TafelProcess } from './tafel-process';

export default async function globalTeardown(): Promise<void> {
  const state = (
    globalThis as {
      __tafel?: { tafel: TafelProcess; scratch: ScratchDatabase | null; mailbox: { stop(): Promise<void> } };
    }
  ).__tafel;
  if (!state) return;
  await state.tafel.stop();
  await state.mailbox.stop();
  await state.scratch?.drop();
  rmSync(state.tafel.dataDir, { recursive: true, force: true });
}
