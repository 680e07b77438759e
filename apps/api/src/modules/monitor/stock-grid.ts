import { StockMetric } from './metric-definitions';
import { AREAS, CellTable, REGION_AREA, Times, areasOf } from './grid';
import { BEFORE, Counts } from './counts';
import { Equations } from './suppression';

/**
 * The canonical table of a stock over whole years, and how it ties to its flow's table: every area ×
 * (total, each phase) × every month, the quarter and the year holding the stock of their last month.
 * Its relations: region = the 14 gemeenten, total = the phases, a quarter or year = its last month,
 * and a month's stock = the month before + the flow's moves into the phase − the moves out of it (+ the
 * case openings of an area and month, cells of their own after the stock's, never shown). Its cells are
 * numbered after the flow's (`first`), so the two are suppressed as one table.
 */
export interface StockMove {
  gemeente: string;
  bucket: string;
  month: string;
  n: number;
}

export const buildStockGrid = (
  metric: StockMetric,
  moves: readonly StockMove[],
  before: readonly Omit<StockMove, 'month'>[],
  flow: CellTable,
  equations = new Equations(),
) => stockGridOf(metric, Counts.of(moves, before), flow, equations);

/** `buildStockGrid` of the moves as columns (`Counts`; a month `BEFORE` the first year counts in the opening stock). */
export function stockGridOf(
  metric: StockMetric,
  moves: Counts,
  flow: CellTable,
  equations = new Equations(),
) {
  const phases = metric.buckets;
  const table = new CellTable(
    ['total', ...phases.map((p) => `bucket:${p}`)],
    flow.times.years,
    flow.first + flow.size,
  );
  const { net, opening } = netMoves(moves, phases, table.times);
  // Case openings: one cell per area and month (worth 0, so hidden), after the stock's cells.
  const values = new Int32Array(table.size + AREAS.length * table.times.months);
  addStock(table, values, net, opening, phases.length);
  // The flow's buckets that move a case into or out of each phase.
  const movesOf = phases.map((phase) =>
    Int32Array.from(
      flow.breakdowns.flatMap((b, i) =>
        b.startsWith('bucket:') && (b.endsWith(`>${phase}`) || b.startsWith(`bucket:${phase}>`)) ? [i] : [],
      ),
    ),
  );
  stockEquations(table, flow, equations, movesOf, phases.indexOf('signal'));
  return { table, values, equations };
}

/** The net moves per gemeente, phase and month of the table, and the stock before its first month. */
function netMoves(moves: Counts, phases: readonly string[], times: Times) {
  const [M, P] = [times.months, phases.length];
  const phaseOf = Int32Array.from(moves.bucket.list, (b) => phases.indexOf(b));
  const areaOf = areasOf(moves);
  const net = new Int32Array(REGION_AREA * P * M);
  const opening = new Int32Array(REGION_AREA * P);
  const { g: gemeente, b: bucket, month, n } = moves.columns;
  const first = (times.years[0] ?? 0) * 12;
  for (let i = 0; i < moves.length; i++) {
    const [g, p, m] = [
      areaOf[gemeente[i] as number] as number,
      phaseOf[bucket[i] as number] as number,
      month[i] as number,
    ];
    if (g < 0 || p < 0) continue;
    if (m === BEFORE) opening[g * P + p] += n[i] as number;
    else if (m >= first && m < first + M) net[(g * P + p) * M + m - first] += n[i] as number;
  }
  return { net, opening };
}

/** Each gemeente's and the region's stock per phase and in total at the end of every month, quarter and year. */
function addStock(
  table: CellTable,
  values: Int32Array,
  net: Int32Array,
  opening: Int32Array,
  P: number,
): void {
  const { times } = table;
  const M = times.months;
  const add = (area: number, p: number, t: number, n: number) => {
    values[table.index(area, p + 1, t)] += n;
    values[table.index(area, 0, t)] += n;
  };
  for (let g = 0; g < REGION_AREA; g++)
    for (let p = 0; p < P; p++) {
      let stock = opening[g * P + p] as number;
      for (let m = 0; m < M; m++) {
        stock += net[(g * P + p) * M + m] as number;
        for (const area of [g, REGION_AREA]) {
          add(area, p, m, stock);
          if (m % 3 === 2) add(area, p, times.quarterOf(m), stock);
          if (m % 12 === 11) add(area, p, times.yearOf(m), stock);
        }
      }
    }
}

/** The stock's equations (see `buildStockGrid`); `signal` is the phase a case opens in. */
function stockEquations(
  table: CellTable,
  flow: CellTable,
  equations: Equations,
  movesOf: readonly Int32Array[],
  signal: number,
): void {
  const { times } = table;
  const [M, P, B] = [times.months, movesOf.length, table.breakdowns.length];
  const openings = table.first + table.size;
  for (let t = 0; t < times.count; t++) {
    for (let b = 0; b < B; b++) {
      equations.begin(table.cell(REGION_AREA, b, t));
      for (let g = 0; g < REGION_AREA; g++) equations.part(table.cell(g, b, t));
    }
    for (let area = 0; area < AREAS.length; area++) {
      equations.begin(table.cell(area, 0, t));
      for (let p = 0; p < P; p++) equations.part(table.cell(area, p + 1, t));
    }
  }
  for (let area = 0; area < AREAS.length; area++) {
    for (let b = 0; b < B; b++) {
      for (let m = 2; m < M; m += 3) {
        equations.begin(table.cell(area, b, times.quarterOf(m)));
        equations.part(table.cell(area, b, m));
      }
      for (let m = 11; m < M; m += 12) {
        equations.begin(table.cell(area, b, times.yearOf(m)));
        equations.part(table.cell(area, b, m));
      }
    }
    for (let p = 0; p < P; p++) {
      const flowsOfPhase = movesOf[p] as Int32Array;
      for (let m = 1; m < M; m++) {
        equations.begin(table.cell(area, p + 1, m));
        equations.part(table.cell(area, p + 1, m - 1));
        for (const f of flowsOfPhase) equations.part(flow.cell(area, f, m));
        if (p === signal) equations.part(openings + area * M + m);
      }
    }
  }
}
