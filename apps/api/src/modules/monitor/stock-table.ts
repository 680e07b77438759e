import { Counts, countsOfText } from './counts';
import { RawCount, SuppressedCells, cellsOf, gridOf } from './grid';
import { STOCK_METRICS } from './metric-definitions';
import { StockMove, stockGridOf } from './stock-grid';
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

/**
 * The two reads of a stock's table as the database gives them: one text each, a line per count with its
 * fields between tabs — flow: gemeente, bucket, GI, moment type, month ('YYYY-MM' or 'YYYY-MM-DD'), n;
 * moves: gemeente, bucket, month (the same, or '' before the first year), n, a move's gemeente, phase and
 * month on as many lines as it has counts (summed). One string crosses to the worker thread as one copy,
 * where some 24,000 rows as objects took 20–35 ms to copy (and to make, on the API's event loop); the
 * worker reads it straight into columns (`countsOfText`).
 */
export interface StockReads {
  stock: string;
  flow: string;
  moves: string;
  years: readonly number[];
}

export interface StockTables {
  flow: SuppressedCells;
  stock: SuppressedCells;
}

/**
 * A stock and its flow suppressed as one table (a month's stock minus the month before is the flow's
 * moves of that month); returns the flow's table and the stock's. A pure function of its input: the API
 * runs it in a worker thread (`StockSuppressor`), since ten years of it take a while of JavaScript.
 */
export const suppressStock = (input: StockTableInput): StockTables =>
  suppressStockCounts(
    input.stock,
    Counts.of(input.flowRows),
    Counts.of(input.moves, input.before),
    input.years,
  );

/** `suppressStock` of the two reads' text (`StockReads`), read straight into columns (`countsOfText`). */
export const suppressStockReads = ({ stock, flow, moves, years }: StockReads): StockTables =>
  suppressStockCounts(stock, countsOfText(flow, true), countsOfText(moves, false), years);

function suppressStockCounts(
  id: string,
  flowCounts: Counts,
  moves: Counts,
  years: readonly number[],
): StockTables {
  const metric = STOCK_METRICS.find((m) => m.id === id);
  if (!metric) throw new Error(`No stock metric ${id}`);
  const flow = gridOf(flowCounts, years, []);
  const stock = stockGridOf(metric, moves, flow.table, flow.equations);
  const worth = new Int32Array(flow.values.length + stock.values.length);
  worth.set(flow.values);
  worth.set(stock.values, stock.table.first);
  const hidden = suppress(worth, stock.equations);
  return {
    flow: cellsOf(flow.table, flow.values, hidden),
    stock: cellsOf(stock.table, stock.values.slice(0, stock.table.size), hidden),
  };
}

/** The memory of a stock's tables, to move to another thread instead of copying it. */
export const buffersOf = ({ flow, stock }: StockTables): ArrayBuffer[] =>
  [flow.values, flow.hidden, stock.values, stock.hidden].map((a) => a.buffer as ArrayBuffer);
