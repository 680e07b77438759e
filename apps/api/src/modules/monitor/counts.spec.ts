import fc from 'fast-check';
import { BEFORE, Counts, countsOfText } from './counts';

/** The counts as rows of names again, in order. */
const rowsOf = (c: Counts) =>
  Array.from({ length: c.length }, (_, i) => [
    c.gemeente.list[c.columns.g[i] as number],
    c.bucket.list[c.columns.b[i] as number],
    c.gi.list[c.columns.gi[i] as number],
    c.moment.list[c.columns.mt[i] as number],
    c.columns.month[i],
    c.columns.n[i],
  ]);

describe('counts as columns', () => {
  it('reads a text of counts as the same counts as their rows (property)', () => {
    // 'Aa' and 'BB' have the same hash: a name is told apart by its characters, not its hash alone.
    const name = fc.constantFrom('Aa', 'BB', 'Almelo', '', 'signal>toeleiding');
    const row = fc.record({
      gemeente: name,
      bucket: name,
      gi: name,
      momentType: name,
      month: fc.constantFrom('2030-01', '2030-12-01', '2031-07', '1999-02-01'),
      n: fc.integer({ min: -999, max: 99999 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const text = rows
          .map((r) => [r.gemeente, r.bucket, r.gi, r.momentType, r.month, r.n].join('\t'))
          .join('\n');
        expect(rowsOf(countsOfText(text, true))).toEqual(rowsOf(Counts.of(rows)));
      }),
      { numRuns: 200 },
    );
  });

  it('reads moves without breakdowns, a month left empty as before the first year', () => {
    const counts = countsOfText('Almelo\tsignal\t2030-02\t-3\nBorne\tdrang\t\t12', false);
    expect(rowsOf(counts)).toEqual([
      ['Almelo', 'signal', '', '', 2030 * 12 + 1, -3],
      ['Borne', 'drang', '', '', BEFORE, 12],
    ]);
    expect(countsOfText('', false).length).toBe(0);
    expect(() => countsOfText('Almelo', true)).toThrow('A count without its month and n');
    // A date in another DateStyle (SQL, DMY) is refused, never read as some other month.
    for (const month of ['01/02/2030', '2030-13-01', '2030-1-01', '30-02-01'])
      expect(() => countsOfText(`Almelo\tsignal\t${month}\t1`, false)).toThrow(
        'A month not written as YYYY-MM',
      );
  });
});
