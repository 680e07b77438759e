import { createHash } from 'node:crypto';
import { CHAIN_PHASES, GEMEENTEN } from '@tafel/shared/contracts';
import { RawCount, buildGrid } from './grid';
import { STOCK_METRICS } from './metric-definitions';
import { STOCK, StockMove, buildStockGrid } from './stock-grid';
import { StockSuppressor } from './stock-suppressor';
import { StockTableInput, suppressStock } from './stock-table';
import { suppress } from './suppression';

const stock = STOCK_METRICS[0] as (typeof STOCK_METRICS)[number];

/** Two years of a stock and its flow: every gemeente opens cases, some move on (a few cells under 5). */
function input(): StockTableInput {
  const flowRows: RawCount[] = [];
  const moves: StockMove[] = [];
  GEMEENTEN.forEach((gemeente, g) => {
    for (const year of [2030, 2031]) {
      for (let m = 1; m <= 12; m++) {
        const month = `${year}-${String(m).padStart(2, '0')}-01`;
        const opened = 3 + ((g + m) % 9);
        const moved = (g * m + year) % 7;
        moves.push({ gemeente, bucket: 'signal', month, n: opened - moved });
        moves.push({ gemeente, bucket: 'toeleiding', month, n: moved });
        if (moved > 0)
          flowRows.push({ gemeente, bucket: 'signal>toeleiding', gi: '', momentType: '', month, n: moved });
      }
    }
  });
  return { stock: stock.id, flowRows, moves, before: [], years: [2030, 2031] };
}

/**
 * Three years of a stock and its flow drawn from a fixed random sequence: a move from each chain phase to
 * the next or to closed with a GI and a moment type or none, many small counts (so many hidden cells), an opening stock.
 */
function drawn(): StockTableInput {
  let seed = 13;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const years = [2029, 2030, 2031];
  const flowRows: RawCount[] = [];
  const moves: StockMove[] = [];
  const before = GEMEENTEN.flatMap((gemeente) =>
    stock.buckets.map((bucket) => ({ gemeente, bucket, n: Math.floor(next() * 30) })),
  );
  for (const gemeente of GEMEENTEN)
    for (const year of years)
      for (let m = 1; m <= 12; m++) {
        const month = `${year}-${String(m).padStart(2, '0')}-01`;
        for (let r = Math.floor(next() * 24); r > 0; r--) {
          const at = Math.floor(next() * (CHAIN_PHASES.length - 1));
          const from = CHAIN_PHASES[at] as string;
          const to = next() < 0.2 ? 'closed' : (CHAIN_PHASES[at + 1] as string);
          const n = 1 + Math.floor(next() * 9);
          flowRows.push({
            gemeente,
            bucket: `${from}>${to}`,
            gi: pick(['', 'gi-a', 'gi-b', 'gi-c']),
            momentType: pick(['', 'toeleiding', 'herbespreking']),
            month,
            n,
          });
          if (from !== 'closed') moves.push({ gemeente, bucket: from, month, n: -n });
          if (to !== 'closed') moves.push({ gemeente, bucket: to, month, n });
        }
        moves.push({ gemeente, bucket: 'signal', month, n: Math.floor(next() * 8) });
      }
  return { stock: stock.id, flowRows, moves, before, years };
}

/** Maps and sets as arrays (what the worker sends back is built in another realm than jest's). */
const plain = (t: ReturnType<typeof suppressStock>) =>
  Object.fromEntries(
    Object.entries(t).map(([name, { values, hidden, breakdowns }]) => [
      name,
      { values: [...values].sort(), hidden: [...hidden].sort(), breakdowns },
    ]),
  );

describe('stock table', () => {
  it('hides the same cells whatever the order the database gives the counts in', () => {
    const i = input();
    // Several GIs and moment types, so that the breakdowns met first differ between the two orders.
    const flowRows = i.flowRows.flatMap((r, k) => [
      { ...r, n: 1 + (k % 4), gi: ['gi-a', 'gi-b', 'gi-c'][k % 3] as string, momentType: 'toeleiding' },
      { ...r, n: 2 + (k % 3), gi: ['gi-c', 'gi-a'][k % 2] as string, momentType: 'herbespreking' },
    ]);
    const forwards = suppressStock({ ...i, flowRows });
    const backwards = suppressStock({
      ...i,
      flowRows: [...flowRows].reverse(),
      moves: [...i.moves].reverse(),
    });
    expect(plain(backwards)).toEqual(plain(forwards));
    expect(forwards.flow.hidden.size).toBeGreaterThan(0);
  });

  it('hides the cells it hid before the tables were built on cell numbers (pinned on a drawn table)', () => {
    const tables = plain(suppressStock(drawn()));
    const digest = createHash('sha256').update(JSON.stringify(tables)).digest('hex');
    expect([tables['flow']?.hidden.length, tables['stock']?.hidden.length]).toEqual([6631, 4096]);
    expect(digest).toBe('2b38e4c4f100dc1a6f38053fa7c0d09fe9f3ebfacc0fc383281c51893493bd72');
  });

  it('hides what the joint suppression of the stock and its flow hides, split into the two tables', () => {
    const i = input();
    const { flow, stock: own } = suppressStock(i);
    const flowGrid = buildGrid(i.flowRows, i.years, []);
    const grid = buildStockGrid(stock, i.moves, i.before, i.years, flowGrid.breakdowns);
    const hidden = suppress(new Map([...flowGrid.values, ...grid.values]), [
      ...flowGrid.equations,
      ...grid.equations,
    ]);
    expect([...own.hidden].sort()).toEqual(
      [...hidden]
        .filter((k) => k.startsWith(STOCK))
        .map((k) => k.slice(STOCK.length))
        .sort(),
    );
    expect([...flow.hidden].sort()).toEqual([...hidden].filter((k) => flowGrid.values.has(k)).sort());
    expect(own.values.get('regio|total|2031-12')).toBe(
      [...grid.values].find(([k]) => k === `${STOCK}regio|total|2031-12`)?.[1],
    );
    expect(own.hidden.size).toBeGreaterThan(0);
    expect(flow.hidden.size).toBeGreaterThan(0);
  });

  it('the worker thread answers the same as the function, one table after another', async () => {
    const suppressor = new StockSuppressor();
    try {
      const expected = plain(suppressStock(input()));
      const [a, b] = await Promise.all([suppressor.run(input()), suppressor.run(input())]);
      expect(plain(a)).toEqual(expected);
      expect(plain(b)).toEqual(expected);
      await expect(suppressor.run({ ...input(), stock: 'inflow' })).rejects.toThrow('No stock metric inflow');
    } finally {
      await suppressor.onModuleDestroy();
    }
  }, 60_000);
});
