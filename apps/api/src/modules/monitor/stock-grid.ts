import { StockMetric } from './metric-definitions';
import { AREAS, CellTable, REGION_AREA, gemeenteNumber } from './grid';
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

export function buildStockGrid(
  metric: StockMetric,
  moves: readonly StockMove[],
  before: readonly Omit<StockMove, 'month'>[],
  flow: CellTable,
  equations = new Equations(),
) {
  const phases = metric.buckets;
  const table = new CellTable(
    ['total', ...phases.map((p) => `bucket:${p}`)],
    flow.times.years,
    flow.first + flow.size,
  );
  const { times } = table;
  const M = times.months;
  const P = phases.length;
  const phaseOf = new Map(phases.map((p, i) => [p, i]));
  // The net moves per gemeente, phase and month; the stock before the first month.
  const net = new Int32Array(REGION_AREA * P * M);
  const opening = new Int32Array(REGION_AREA * P);
  for (const m of moves) {
    const [g, p, month] = [gemeenteNumber(m.gemeente), phaseOf.get(m.bucket), times.monthOf(m.month)];
    if (g !== undefined && p !== undefined && month >= 0) net[(g * P + p) * M + month] += m.n;
  }
  for (const r of before) {
    const [g, p] = [gemeenteNumber(r.gemeente), phaseOf.get(r.bucket)];
    if (g !== undefined && p !== undefined) opening[g * P + p] += r.n;
  }
  // Case openings: one cell per area and month (worth 0, so hidden), after the stock's cells.
  const openings = table.first + table.size;
  const values = new Int32Array(table.size + AREAS.length * M);
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

  const B = table.breakdowns.length;
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
  // The flow's buckets that move a case into or out of each phase.
  const movesOf = phases.map((phase) =>
    flow.breakdowns.flatMap((b, i) =>
      b.startsWith('bucket:') && (b.endsWith(`>${phase}`) || b.startsWith(`bucket:${phase}>`)) ? [i] : [],
    ),
  );
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
      const flowsOfPhase = movesOf[p] as number[];
      for (let m = 1; m < M; m++) {
        equations.begin(table.cell(area, p + 1, m));
        equations.part(table.cell(area, p + 1, m - 1));
        for (const f of flowsOfPhase) equations.part(flow.cell(area, f, m));
        if (phases[p] === 'signal') equations.part(openings + area * M + m);
      }
    }
  }
  return { table, values, equations };
}
