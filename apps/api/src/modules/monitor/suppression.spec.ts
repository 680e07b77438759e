import fc from 'fast-check';
import { buildGrid, gemeenteNumber } from './grid';
import { STOCK_METRICS } from './metric-definitions';
import { buildStockGrid } from './stock-grid';
import { Equations, suppress } from './suppression';

/** An equation of a hand-built table, by the cells' names. */
interface Equation {
  total: string;
  parts: readonly string[];
}

/** The cells a table's equations let an attacker work out by repeated subtraction, of those hidden. */
function recover(hidden: Uint8Array, equations: Equations): number[] {
  const { start, cells } = equations.flat();
  const known = Uint8Array.from(hidden, (h) => 1 - h);
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < equations.count; i++) {
      const unknown = [];
      for (let p = start[i] as number; p < (start[i + 1] as number); p++)
        if (!known[cells[p] as number]) unknown.push(cells[p] as number);
      if (unknown.length !== 1) continue;
      known[unknown[0] as number] = 1;
      changed = true;
    }
  }
  return [...hidden.keys()].filter((c) => hidden[c] && known[c]);
}

/** Suppresses a hand-built table of named cells (numbered in the order the values name them). */
function suppressNamed(values: ReadonlyMap<string, number>, equations: readonly Equation[]) {
  const names = [...values.keys()];
  const id = new Map(names.map((k, i) => [k, i]));
  const numbered = new Equations();
  for (const eq of equations) {
    numbered.begin(id.get(eq.total) as number);
    for (const p of eq.parts) numbered.part(id.get(p) as number);
  }
  const hidden = suppress(Int32Array.from(values.values()), numbered);
  return {
    hidden: new Set(names.filter((_, i) => hidden[i])),
    recovered: recover(hidden, numbered).map((c) => names[c]),
  };
}

/** Region = gemeenten, per month; quarter = its months, per gemeente and region. */
function grid(rows: Record<string, number[]>) {
  const values = new Map<string, number>();
  const equations: Equation[] = [];
  const gemeenten = Object.keys(rows);
  const months = (rows[gemeenten[0] as string] ?? []).length;
  for (const g of gemeenten) {
    (rows[g] ?? []).forEach((v, m) => values.set(`${g}|${m}`, v));
    values.set(
      `${g}|Q`,
      (rows[g] ?? []).reduce((a, b) => a + b, 0),
    );
  }
  for (const m of [...Array(months).keys(), 'Q']) {
    values.set(
      `R|${m}`,
      gemeenten.reduce((s, g) => s + (values.get(`${g}|${m}`) ?? 0), 0),
    );
    equations.push({ total: `R|${m}`, parts: gemeenten.map((g) => `${g}|${m}`) });
  }
  for (const area of [...gemeenten, 'R']) {
    equations.push({ total: `${area}|Q`, parts: [...Array(months).keys()].map((m) => `${area}|${m}`) });
  }
  return { values, equations };
}

describe('suppression', () => {
  it('hides every count of 1–4, and neither a zero nor anything of 5 or more when no total gives it away', () => {
    const values = new Map([
      ['a', 0],
      ['b', 4],
      ['c', 5],
      ['d', 12],
      ['e', 1],
    ]);
    expect([...suppressNamed(values, []).hidden].sort()).toEqual(['b', 'e']);
  });

  it('shows a total of 20 and its parts 20 ended and 0 pending; hides a non-zero second part, never a zero', () => {
    const eq = [{ total: 't', parts: ['ended', 'pending'] }];
    const all = new Map([
      ['t', 20],
      ['ended', 20],
      ['pending', 0],
    ]);
    expect([...suppressNamed(all, eq).hidden]).toEqual([]);
    const some = new Map([
      ['t', 20],
      ['a', 3],
      ['zero', 0],
      ['b', 17],
    ]);
    const { hidden } = suppressNamed(some, [{ total: 't', parts: ['a', 'zero', 'b'] }]);
    expect([...hidden].sort()).toEqual(['a', 'b']);
  });

  it('hides a second cell when a region total would give the hidden gemeente away (region minus the others)', () => {
    const { values, equations } = grid({ Almelo: [3, 10, 10], Borne: [20, 10, 10], Enschede: [30, 10, 10] });
    const { hidden, recovered } = suppressNamed(values, equations);
    expect(hidden.has('Almelo|0')).toBe(true);
    expect(hidden.has('Borne|0')).toBe(true); // the smallest other part of R|0
    expect(recovered).toEqual([]);
  });

  it('protects a hidden month against the quarter minus the neighbouring months', () => {
    const { values, equations } = grid({ Almelo: [12, 2, 30], Borne: [20, 10, 10] });
    const { hidden, recovered } = suppressNamed(values, equations);
    expect(hidden.has('Almelo|1')).toBe(true);
    expect(recovered).toEqual([]);
    expect(hidden.size).toBeGreaterThanOrEqual(4);
  });

  it('hides the total itself when it is the only visible cell left', () => {
    const { hidden } = suppressNamed(
      new Map([
        ['t', 6],
        ['p', 6],
      ]),
      [{ total: 't', parts: ['p'] }],
    );
    expect([...hidden]).toEqual([]);
    const { hidden: hidden2 } = suppressNamed(
      new Map([
        ['t', 7],
        ['p', 3],
      ]),
      [{ total: 't', parts: ['p'] }],
    );
    expect([...hidden2].sort()).toEqual(['p', 't']);
  });

  it('hides the smallest visible part of an equation with one hidden cell, the first of equal ones', () => {
    const values = new Map([
      ['t', 21],
      ['a', 3],
      ['b', 9],
      ['c', 9],
    ]);
    expect([...suppressNamed(values, [{ total: 't', parts: ['a', 'b', 'c'] }]).hidden].sort()).toEqual([
      'a',
      'b',
    ]);
  });

  it('takes the total, not a zero, when the other parts of an equation are all zero', () => {
    // Enschede: January 3 ("<5"), February 6; Almelo none. The quarter (9) minus February would give
    // January away, so February is hidden; the region's February is Enschede's plus a zero, so the region's
    // is hidden as well — not Almelo's zero, which would show "<5" for a 0.
    const { values, equations } = grid({ Enschede: [3, 6, 0], Almelo: [0, 0, 0] });
    const { hidden, recovered } = suppressNamed(values, equations);
    expect([...hidden].sort()).toEqual(['Enschede|0', 'Enschede|1', 'R|0', 'R|1']);
    expect(recovered).toEqual([]);
  });

  it('no hidden cell can be worked out by subtraction from any table of gemeenten × months (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat({ max: 25 }), { minLength: 3, maxLength: 3 }), {
          minLength: 2,
          maxLength: 6,
        }),
        (table) => {
          const rows = Object.fromEntries(table.map((r, i) => [`g${i}`, r]));
          const { values, equations } = grid(rows);
          const { hidden, recovered } = suppressNamed(values, equations);
          for (const [k, v] of values) if (v > 0 && v < 5) expect(hidden.has(k)).toBe(true);
          expect(recovered).toEqual([]);
          // A zero names no family and is never hidden, not even as a complement.
          for (const k of hidden) expect(values.get(k)).not.toBe(0);
          for (const eq of equations) {
            expect([eq.total, ...eq.parts].filter((c) => hidden.has(c)).length).not.toBe(1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('protects a hidden stock against the month before plus the visible moves of its month', () => {
    const stock = STOCK_METRICS[0];
    if (!stock) throw new Error('no stock metric');
    const row = (month: string, bucket: string, n: number) => ({
      gemeente: 'Almelo',
      bucket,
      gi: '',
      momentType: '',
      month,
      n,
    });
    // January: 10 cases into drang; February: 6 more in, 12 closed, so 4 in drang at the end of February.
    const flow = buildGrid(
      [
        row('2031-01-01', 'signal>drang', 10),
        row('2031-02-01', 'signal>drang', 6),
        row('2031-02-01', 'drang>closed', 12),
      ],
      [2031],
      [],
    );
    const moves = [
      { gemeente: 'Almelo', bucket: 'drang', month: '2031-01-01', n: 10 },
      { gemeente: 'Almelo', bucket: 'drang', month: '2031-02-01', n: -6 },
    ];
    const grid = buildStockGrid(stock, moves, [], flow.table, flow.equations);
    const worth = new Int32Array(flow.values.length + grid.values.length);
    worth.set(flow.values);
    worth.set(grid.values, grid.table.first);
    const hidden = suppress(worth, grid.equations);
    const drang = grid.table.breakdowns.indexOf('bucket:drang');
    const almelo = (month: number) => grid.table.cell(gemeenteNumber('Almelo') as number, drang, month);
    expect(worth[almelo(0)]).toBe(10);
    expect(hidden[almelo(1)]).toBe(1);
    // Without the flow's cells in the same table, 10 + 6 − 12 would give the 4 away (the case openings,
    // cells after the stock's, are never shown).
    const openings = grid.table.first + grid.table.size;
    expect(recover(hidden, grid.equations).filter((c) => c < openings)).toEqual([]);
  });
});
