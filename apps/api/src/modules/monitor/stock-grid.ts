import { GEMEENTEN } from '@tafel/shared/contracts';
import { StockMetric } from './metric-definitions';
import { REGION, cellKey, cellKeys, monthKey, monthsOfYears, quarterKey, yearKey } from './grid';
import { Equation } from './suppression';

/**
 * The canonical table of a stock over whole years, and how it ties to its flow's table: every area ×
 * (total, each phase) × every month, the quarter and the year holding the stock of their last month.
 * Its relations: region = the 14 gemeenten, total = the phases, a quarter or year = its last month,
 * and a month's stock = the month before + the flow's moves into the phase − the moves out of it (+ the
 * case openings, which are never shown). Keys carry `STOCK` in front so they live beside the flow's.
 */
export const STOCK = 'S|';
const OPENED = 'O|';
const QUARTER_END = /-(03|06|09|12)$/;

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
  years: readonly number[],
  flowBreakdowns: readonly string[],
  /** The flow table's keys (the same strings as the flow's cells). */
  flowKey = cellKeys(),
) {
  const k = cellKeys(STOCK);
  const months = monthsOfYears(years);
  const net = new Map<string, number>();
  for (const m of moves) {
    const key = `${m.gemeente}|${m.bucket}|${monthKey(m.month)}`;
    net.set(key, (net.get(key) ?? 0) + m.n);
  }
  const values = new Map<string, number>();
  const set = (area: string, b: string, t: string, n: number) => {
    const key = k(area, b, t);
    values.set(key, (values.get(key) ?? 0) + n);
  };
  const opening = new Map<string, number>();
  for (const r of before)
    opening.set(`${r.gemeente}|${r.bucket}`, (opening.get(`${r.gemeente}|${r.bucket}`) ?? 0) + r.n);
  for (const g of GEMEENTEN) {
    for (const phase of metric.buckets) {
      let stock = opening.get(`${g}|${phase}`) ?? 0;
      for (const m of months) {
        stock += net.get(`${g}|${phase}|${m}`) ?? 0;
        const last = [
          m,
          ...(QUARTER_END.test(m) ? [quarterKey(m)] : []),
          ...(m.endsWith('-12') ? [yearKey(m)] : []),
        ];
        for (const t of last)
          for (const area of [g, REGION])
            for (const b of [`bucket:${phase}`, 'total']) set(area, b, t, stock);
      }
    }
  }
  const times = [...months, ...new Set(months.map(quarterKey)), ...years.map(String)];
  const equations: Equation[] = [];
  const breakdowns = ['total', ...metric.buckets.map((p) => `bucket:${p}`)];
  for (const t of times) {
    for (const b of breakdowns)
      equations.push({ total: k(REGION, b, t), parts: GEMEENTEN.map((g) => k(g, b, t)) });
    for (const area of [...GEMEENTEN, REGION])
      equations.push({
        total: k(area, 'total', t),
        parts: metric.buckets.map((p) => k(area, `bucket:${p}`, t)),
      });
  }
  // The flow's buckets that move a case into or out of each phase.
  const movesOf = new Map(
    metric.buckets.map((phase) => [
      phase,
      flowBreakdowns.filter(
        (b) => b.startsWith('bucket:') && (b.endsWith(`>${phase}`) || b.startsWith(`bucket:${phase}>`)),
      ),
    ]),
  );
  for (const area of [...GEMEENTEN, REGION]) {
    for (const b of breakdowns) {
      for (const m of months.filter((x) => QUARTER_END.test(x)))
        equations.push({ total: k(area, b, quarterKey(m)), parts: [k(area, b, m)] });
      for (const y of years) equations.push({ total: k(area, b, String(y)), parts: [k(area, b, `${y}-12`)] });
    }
    for (const phase of metric.buckets) {
      const flowsOfPhase = movesOf.get(phase) ?? [];
      for (let i = 1; i < months.length; i++) {
        const m = months[i] as string;
        const moves = flowsOfPhase.map((b) => flowKey(area, b, m));
        const opened = phase === 'signal' ? [OPENED + cellKey(area, phase, m)] : [];
        for (const o of opened) values.set(o, 0);
        equations.push({
          total: k(area, `bucket:${phase}`, m),
          parts: [k(area, `bucket:${phase}`, months[i - 1] as string), ...moves, ...opened],
        });
      }
    }
  }
  return { values, equations, breakdowns };
}
