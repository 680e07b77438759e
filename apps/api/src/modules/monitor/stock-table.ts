import { RawCount, buildGrid, cellKeys } from './grid';
import { STOCK_METRICS } from './metric-definitions';
import { STOCK, StockMove, buildStockGrid } from './stock-grid';
import { suppress } from './suppression';

/** What a stock's suppressed table is computed from: its flow's counts and its moves, over whole years. */
export interface StockTableInput {
  /** The stock metric's id (its moves and phases come from the definitions). */
  stock: string;
  flowRows: readonly RawCount[];
  /** The moves within the years, by month. */
  moves: readonly StockMove[];
  /** The moves before the first year, per gemeente and phase. */
  before: readonly Omit<StockMove, 'month'>[];
  years: readonly number[];
}

/** One metric's canonical table: its cells, the hidden ones, and the breakdowns that occur. */
export interface SuppressedCells {
  values: Map<string, number>;
  hidden: Set<string>;
  breakdowns: string[];
}

/**
 * A stock and its flow suppressed as one table (a month's stock minus the month before is the flow's
 * moves of that month); returns the flow's table and the stock's. A pure function of its input: the API
 * runs it in a worker thread (`StockSuppressor`), since ten years of it take several hundred
 * milliseconds of JavaScript.
 */
export function suppressStock(input: StockTableInput): { flow: SuppressedCells; stock: SuppressedCells } {
  const metric = STOCK_METRICS.find((m) => m.id === input.stock);
  if (!metric) throw new Error(`No stock metric ${input.stock}`);
  const flowKey = cellKeys();
  const flow = buildGrid(input.flowRows, input.years, [], flowKey);
  const grid = buildStockGrid(metric, input.moves, input.before, input.years, flow.breakdowns, flowKey);
  const hidden = suppress(new Map([...flow.values, ...grid.values]), [...flow.equations, ...grid.equations]);
  const stockValues = new Map<string, number>();
  for (const [k, v] of grid.values) if (k.startsWith(STOCK)) stockValues.set(k.slice(STOCK.length), v);
  const stockHidden = new Set<string>();
  const flowHidden = new Set<string>();
  for (const k of hidden) {
    if (k.startsWith(STOCK)) stockHidden.add(k.slice(STOCK.length));
    else if (flow.values.has(k)) flowHidden.add(k);
  }
  return {
    flow: { values: flow.values, hidden: flowHidden, breakdowns: flow.breakdowns },
    stock: { values: stockValues, hidden: stockHidden, breakdowns: grid.breakdowns },
  };
}
