import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { StockReads, StockTables } from './stock-table';

type Reply = { id: number; result?: StockTables; error?: string };

/**
 * Runs `suppressStock` in one worker thread, so the API's event loop keeps serving requests (a kept
 * table is read at once) while a stock's ten-year table is built and suppressed. Started on first use;
 * it keeps the process alive only while it has work. From the sources (tests, scripts) the worker
 * loads `stock-worker.ts` through ts-node; the built API has it as `stock-worker.js` beside `main.js`.
 */
@Injectable()
export class StockSuppressor implements OnModuleDestroy {
  private worker: Worker | null = null;
  private readonly waiting = new Map<
    number,
    { resolve: (t: StockTables) => void; reject: (e: Error) => void }
  >();
  private next = 0;

  run(reads: StockReads): Promise<StockTables> {
    const worker = this.worker ?? this.start();
    const id = this.next++;
    return new Promise<StockTables>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, reads });
    });
  }

  async onModuleDestroy(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private start(): Worker {
    const fromSource = __filename.endsWith('.ts');
    const worker = fromSource
      ? new Worker(join(__dirname, 'stock-worker.ts'), {
          execArgv: ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'],
          env: { ...process.env, TS_NODE_PROJECT: join(__dirname, '../../../tsconfig.app.json') },
        })
      : new Worker(join(__dirname, 'stock-worker.js'));
    worker.on('message', ({ id, result, error }: Reply) => {
      const waiter = this.waiting.get(id);
      this.waiting.delete(id);
      if (this.waiting.size === 0) worker.unref();
      if (!waiter) return;
      if (result) waiter.resolve(result);
      else waiter.reject(new Error(error ?? 'The stock worker gave no table'));
    });
    const fail = (error: Error) => {
      // A worker already replaced leaves the new one's work alone.
      if (this.worker !== worker && this.worker !== null) return;
      this.worker = null;
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The stock worker stopped (${code})`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
