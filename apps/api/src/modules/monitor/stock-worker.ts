import { parentPort } from 'node:worker_threads';
import { StockReads, buffersOf, inputOf, suppressStock } from './stock-table';

/**
 * The worker thread of `StockSuppressor`: computes suppressed stock tables from their reads off the API's event loop and
 * hands their memory over (transferred, not copied).
 */
parentPort?.on('message', ({ id, reads }: { id: number; reads: StockReads }) => {
  try {
    const result = suppressStock(inputOf(reads));
    parentPort?.postMessage({ id, result }, buffersOf(result));
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
