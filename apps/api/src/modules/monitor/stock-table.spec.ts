import { createHash } from 'node:crypto';
import { CHAIN_PHASES, GEMEENTEN } from '@tafel/shared/contracts';
import { AREAS, RawCount, SuppressedCells, quarterKey } from './grid';
import { STOCK_METRICS } from './metric-definitions';
import { StockMove } from './stock-grid';
import { StockSuppressor } from './stock-suppressor';
import { StockReads, StockTableInput, StockTables, suppressStock } from './stock-table';

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

/** The rows as the database reads them (one text each, `StockReads`). */
const readsOf = ({ stock: id, flowRows, moves, before, years }: StockTableInput): StockReads => ({
  stock: id,
  flow: flowRows
    .map((r) => [r.gemeente, r.bucket, r.gi, r.momentType, r.month.slice(0, 7), r.n].join('\t'))
    .join('\n'),
  moves: [...moves, ...before.map((m) => ({ ...m, month: '' }))]
    .map((m) => [m.gemeente, m.bucket, m.month.slice(0, 7), m.n].join('\t'))
    .join('\n'),
  years,
});

/** A table's cells by name ('area|breakdown|time'): their values and the hidden ones, as sorted arrays. */
const named = ({ breakdowns, years, values, hidden }: SuppressedCells) => {
  const months = years.flatMap((y) =>
    Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`),
  );
  const times = [...months, ...new Set(months.map(quarterKey)), ...years.map(String)];
  const names = AREAS.flatMap((area) => breakdowns.flatMap((b) => times.map((t) => `${area}|${b}|${t}`)));
  return {
    values: names.map((name, c) => [name, values[c]]).sort(),
    hidden: names.filter((_, c) => hidden[c]).sort(),
    breakdowns,
  };
};
const plain = (t: StockTables) => ({ flow: named(t.flow), stock: named(t.stock) });

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
    expect(forwards.flow.hidden.some((h) => h === 1)).toBe(true);
  });

  it('hides no zero: a complement is a non-zero part, or the total when every other part is zero', () => {
    const { flow, stock: own } = suppressStock(drawn());
    const zeros = (t: SuppressedCells) =>
      [...t.hidden.keys()].filter((c) => t.hidden[c] && t.values[c] === 0);
    expect(zeros(flow)).toEqual([]);
    expect(zeros(own)).toEqual([]);
  });

  // Pinned again when zeros stopped being hidden (only counts of 1–4 are): fewer cells hidden; and again
  // when a complement stopped being a zero part (the total, or a stock's unshown case openings, instead).
  it('hides the cells it hid before the tables were built on cell numbers (pinned on a drawn table)', () => {
    const tables = plain(suppressStock(drawn()));
    const digest = createHash('sha256').update(JSON.stringify(tables)).digest('hex');
    expect([tables['flow']?.hidden.length, tables['stock']?.hidden.length]).toEqual([3682, 2720]);
    expect(digest).toBe('9cc617200548bd9bafd356cc1f387c7aee93c7fc5d94cf44f571d54970e2ebf0');
  });

  it('the worker thread answers the same from the text of the reads as the function from rows, one table after another', async () => {
    const suppressor = new StockSuppressor();
    try {
      const expected = plain(suppressStock(drawn()));
      const [a, b] = await Promise.all([suppressor.run(readsOf(drawn())), suppressor.run(readsOf(drawn()))]);
      expect(plain(a)).toEqual(expected);
      expect(plain(b)).toEqual(expected);
      const none = await suppressor.run({ ...readsOf(drawn()), flow: '', moves: '' });
      expect(plain(none)).toEqual(plain(suppressStock({ ...drawn(), flowRows: [], moves: [], before: [] })));
      await expect(suppressor.run({ ...readsOf(input()), stock: 'inflow' })).rejects.toThrow(
        'No stock metric inflow',
      );
    } finally {
      await suppressor.onModuleDestroy();
    }
  }, 60_000);
});
