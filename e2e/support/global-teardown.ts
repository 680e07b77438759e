import { rmSync } from 'node:fs';
import type { ScratchDatabase } from '@tafel/api/testing';
import type { TafelProcess } from './tafel-process';

interface Started {
  tafel: TafelProcess;
  scratch: ScratchDatabase | null;
  mailbox: { stop(): Promise<void> };
}

export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as { __tafel?: Started[] }).__tafel ?? [];
  for (const { tafel, mailbox, scratch } of started) {
    await tafel.stop();
    await mailbox.stop();
    await scratch?.drop();
    rmSync(tafel.dataDir, { recursive: true, force: true });
  }
}
