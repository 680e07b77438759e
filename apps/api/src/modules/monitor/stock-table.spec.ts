import { GEMEENTEN } from '@tafel/shared/contracts';
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
