import fc from 'fast-check';
import { GEMEENTEN } from '@tafel/shared/contracts';
import { RawCount, buildGrid, cellKey, cellKeys } from './grid';

describe('the canonical table', () => {
  it('names a cell by one string, made once, the same as cellKey', () => {
    const key = cellKeys('S|');
    const first = key('Almelo', 'total', '2031-Q1');
    expect(first).toBe(`S|${cellKey('Almelo', 'total', '2031-Q1')}`);
    expect(key('Almelo', 'total', '2031-Q1')).toBe(first);
    expect(key('Almelo', 'total', '2031-Q2')).not.toBe(first);
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
        const { values, equations } = buildGrid(rows, [2030, 2031], ['a', 'b']);
        for (const eq of equations)
          expect(eq.parts.reduce((s, p) => s + (values.get(p) ?? 0), 0)).toBe(values.get(eq.total));
        const total = rows.reduce((s, r) => s + r.n, 0);
        expect(
          (values.get(cellKey('regio', 'total', '2030')) ?? 0) +
            (values.get(cellKey('regio', 'total', '2031')) ?? 0),
        ).toBe(total);
      }),
      { numRuns: 200 },
    );
  });
});
