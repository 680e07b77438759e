import fc from 'fast-check';
import { GEMEENTEN } from '@tafel/shared/contracts';
import { RawCount, buildGrid, cellAt, cellsOf } from './grid';

describe('the canonical table', () => {
  it('finds a cell by its area, breakdown and month, quarter or year', () => {
    const rows: RawCount[] = [
      { gemeente: 'Almelo', bucket: 'a', gi: '', momentType: '', month: '2031-05-01', n: 7 },
      { gemeente: 'Borne', bucket: 'b', gi: 'gi-1', momentType: '', month: '2031-06-01', n: 2 },
    ];
    const { table, values } = buildGrid(rows, [2030, 2031], ['a', 'b']);
    const cells = cellsOf(table, values, new Uint8Array(table.size).fill(1));
    expect(cellAt(cells, 'Almelo', 'bucket:a', '2031-05')).toEqual({ n: 7, hidden: true });
    expect(cellAt(cells, 'regio', 'total', '2031-Q2').n).toBe(9);
    expect(cellAt(cells, 'regio', 'gi:gi-1', '2031').n).toBe(2);
    expect(cellAt(cells, 'regio', 'gi:none', '2031').n).toBe(7);
    expect(cellAt(cells, 'Borne', 'total', '2030-Q2').n).toBe(0);
    expect(cellAt(cells, 'Borne', 'total', '2032-01')).toEqual({ n: 0, hidden: false });
    expect(cellAt(cells, 'Borne', 'gi:gi-2', '2031')).toEqual({ n: 0, hidden: false });
  });

  it('every total of its equations is the sum of its parts, whatever the rows (property)', () => {
    const row = fc.record<RawCount>({
      gemeente: fc.constantFrom(...GEMEENTEN.slice(0, 3)),
      bucket: fc.constantFrom('a', 'b'),
      gi: fc.constantFrom('', 'gi-1'),
      momentType: fc.constantFrom('', 'toeleiding'),
      month: fc.constantFrom('2030-01-01', '2030-02-01', '2030-12-01', '2031-04-01'),
      n: fc.integer({ min: 1, max: 9 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const { table, values, equations } = buildGrid(rows, [2030, 2031], ['a', 'b']);
        const { start, cells } = equations.flat();
        for (let i = 0; i < equations.count; i++) {
          const [total, ...parts] = [...cells.subarray(start[i], start[i + 1])];
          expect(parts.reduce((s, p) => s + (values[p] as number), 0)).toBe(values[total as number]);
        }
        const total = rows.reduce((s, r) => s + r.n, 0);
        const suppressed = cellsOf(table, values, new Uint8Array(table.size));
        expect(
          cellAt(suppressed, 'regio', 'total', '2030').n + cellAt(suppressed, 'regio', 'total', '2031').n,
        ).toBe(total);
      }),
      { numRuns: 200 },
    );
  });
});
