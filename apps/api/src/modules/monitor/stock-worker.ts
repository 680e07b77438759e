import { parentPort } from 'node:worker_threads';
import { StockTableInput, suppressStock } from './stock-table';

/** The worker thread of `StockSuppressor`: computes suppressed stock tables off the API's event loop. */
parentPort?.on('message', ({ id, input }: { id: number; input: StockTableInput }) => {
  try {
    parentPort?.postMessage({ id, result: suppressStock(input) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
