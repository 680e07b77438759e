import { parentPort } from 'node:worker_threads';
import { GEMEENTEN } from '@tafel/shared/contracts';
import { STOCK_METRICS } from './metric-definitions';
import { StockReads, buffersOf, suppressStockReads } from './stock-table';

/**
 * The worker thread of `StockSuppressor`: computes suppressed stock tables from their reads off the API's event loop and
 * hands their memory over (transferred, not copied).
 */

/**
 * Reads of a made-up stock of ten years, as large as a real one (every gemeente, phase and move each
 * month): computed `WARM_UP_RUNS` times when the worker starts, before its first table, so that table
 * runs on optimised code. Without it the first two or three tables after a start took 3–8× as long as
 * the ones after them at 10M (the JIT compiling the loops while they ran, on a busy machine).
 */
function madeUp(): StockReads {
  const stock = STOCK_METRICS[0];
  if (!stock) throw new Error('No stock metric');
  const years = Array.from({ length: 10 }, (_, i) => 2000 + i);
  const [flow, moves]: string[][] = [[], []];
  GEMEENTEN.forEach((gemeente, g) =>
    years.forEach((year, y) => {
      for (let m = 1; m <= 12; m++) {
        const month = `${year}-${String(m).padStart(2, '0')}`;
        stock.buckets.forEach((phase, p) => {
          const n = (g * 7 + y * 5 + m * 3 + p) % 11;
          const next = stock.buckets[p + 1] ?? 'closed';
          flow.push([gemeente, `${phase}>${next}`, '', '', month, n].join('\t'));
          moves.push([gemeente, phase, month, p === 0 ? n + 3 : n].join('\t'));
          moves.push([gemeente, phase, month, -n].join('\t'));
        });
      }
    }),
  );
  return { stock: stock.id, flow: flow.join('\n'), moves: moves.join('\n'), years };
}

const WARM_UP_RUNS = 3;
// A table's memory is handed over by detaching its ArrayBuffers (below). The first detach in a thread makes
// V8 throw away every optimised function that relied on none ever being detached (`--trace-deopt`: "code
// dependencies" for all of them right after the first table): detached once here, before the warm-up.
const detached = new ArrayBuffer(8);
structuredClone(detached, { transfer: [detached] });
const warmUp = madeUp();
for (let i = 0; i < WARM_UP_RUNS; i++) suppressStockReads(warmUp);

parentPort?.on('message', ({ id, reads }: { id: number; reads: StockReads }) => {
  try {
    const result = suppressStockReads(reads);
    parentPort?.postMessage({ id, result }, buffersOf(result));
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
