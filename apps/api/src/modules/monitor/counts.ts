/**
 * Counts as columns, one index per count: what a table is built from without an object or a string per
 * count. Each name (gemeente, bucket, GI, moment type) is a number into its `Names`; a month is a number
 * (year × 12 + month − 1, `monthNumber`), or `BEFORE` for the stock before the table's first year.
 */
export const BEFORE = -(2 ** 31);

/** A month ('YYYY-MM…') as a number: year × 12 + month − 1. */
export const monthNumber = (month: string): number =>
  Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** The names met in one column, numbered in the order they were met. */
export class Names {
  readonly list: string[] = [];
  private readonly byName = new Map<string, number>();
  private readonly byHash = new Map<number, number>();

  of(name: string): number {
    let i = this.byName.get(name);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(name);
      this.byName.set(name, i);
    }
    return i;
  }

  /** The number of `text` from `start` to `end`, whose `hashOf` is `hash`: no string made once it is known. */
  in(text: string, start: number, end: number, hash: number): number {
    const i = this.byHash.get(hash);
    const known = i === undefined ? undefined : this.list[i];
    if (known !== undefined && known.length === end - start && text.startsWith(known, start))
      return i as number;
    const j = this.of(text.slice(start, end));
    if (i === undefined) this.byHash.set(hash, j);
    return j;
  }
}

export class Counts {
  readonly gemeente = new Names();
  readonly bucket = new Names();
  readonly gi = new Names();
  readonly moment = new Names();
  length = 0;
  readonly columns: {
    g: Int32Array;
    b: Int32Array;
    gi: Int32Array;
    mt: Int32Array;
    month: Int32Array;
    n: Int32Array;
  };

  constructor(capacity: number) {
    const column = () => new Int32Array(capacity);
    this.columns = { g: column(), b: column(), gi: column(), mt: column(), month: column(), n: column() };
  }

  static of(
    rows: readonly {
      gemeente: string;
      bucket: string;
      gi?: string;
      momentType?: string;
      month: string;
      n: number;
    }[],
    before: readonly { gemeente: string; bucket: string; n: number }[] = [],
  ): Counts {
    const counts = new Counts(rows.length + before.length);
    for (const r of rows)
      counts.push(
        counts.gemeente.of(r.gemeente),
        counts.bucket.of(r.bucket),
        counts.gi.of(r.gi ?? ''),
        counts.moment.of(r.momentType ?? ''),
        monthNumber(r.month),
        r.n,
      );
    for (const r of before)
      counts.push(
        counts.gemeente.of(r.gemeente),
        counts.bucket.of(r.bucket),
        counts.gi.of(''),
        counts.moment.of(''),
        BEFORE,
        r.n,
      );
    return counts;
  }

  push(g: number, b: number, gi: number, mt: number, month: number, n: number): void {
    const c = this.columns;
    const i = this.length++;
    [c.g[i], c.b[i], c.gi[i], c.mt[i], c.month[i], c.n[i]] = [g, b, gi, mt, month, n];
  }
}

const [MINUS, ZERO] = [45, 48];

/** A hash of `text` from `start` to `end` (for `Names.in`). */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  return hash;
}

/** The number written in `text` from `start` to `end` (digits, after a minus sign or not). */
function numberOf(text: string, start: number, end: number): number {
  const negative = text.charCodeAt(start) === MINUS;
  let n = 0;
  for (let i = negative ? start + 1 : start; i < end; i++) n = n * 10 + text.charCodeAt(i) - ZERO;
  return negative ? -n : n;
}

const isDigit = (text: string, i: number) => text.charCodeAt(i) - ZERO >= 0 && text.charCodeAt(i) - ZERO <= 9;

/**
 * The month written in `text` from `start` to `end` as a number (`monthNumber`). The reads send a date as
 * PostgreSQL writes it (DateStyle ISO: 'YYYY-MM-DD'); any other form is refused, never read as another month.
 */
function monthAt(text: string, start: number, end: number): number {
  const iso =
    end - start >= 7 &&
    text.charCodeAt(start + 4) === MINUS &&
    [0, 1, 2, 3, 5, 6].every((i) => isDigit(text, start + i)) &&
    (end - start === 7 || text.charCodeAt(start + 7) === MINUS);
  const month = iso ? numberOf(text, start + 5, start + 7) : 0;
  if (month < 1 || month > 12) throw new Error(`A month not written as YYYY-MM: ${text.slice(start, end)}`);
  return numberOf(text, start, start + 4) * 12 + month - 1;
}

/**
 * The counts of one read's text (`StockReads`): a line per count, its fields between tabs — gemeente,
 * bucket, [GI, moment type,] month ('YYYY-MM', or '' before the first year), n. Read straight into the
 * columns: the ~25,000 lines of a stock's ten years made an array and six strings each before.
 */
export function countsOfText(text: string, withBreakdowns: boolean): Counts {
  let lines = text === '' ? 0 : 1;
  for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) lines++;
  const counts = new Counts(lines);
  // Without breakdowns (a stock's moves) every count has none: GI and moment type ''.
  const none = withBreakdowns ? -1 : counts.gi.of('');
  if (!withBreakdowns) counts.moment.of('');
  const names = withBreakdowns
    ? [counts.gemeente, counts.bucket, counts.gi, counts.moment]
    : [counts.gemeente, counts.bucket];
  const fields = [0, 0, none, none];
  for (let p = 0; p < text.length; ) {
    for (let f = 0; f < names.length; f++) {
      const end = text.indexOf('\t', p);
      if (end < 0) throw new Error(`A count without its month and n: ${text.slice(p, p + 80)}`);
      fields[f] = (names[f] as Names).in(text, p, end, hashOf(text, p, end));
      p = end + 1;
    }
    const tab = text.indexOf('\t', p);
    const month = tab === p ? BEFORE : monthAt(text, p, tab);
    const newline = text.indexOf('\n', tab);
    const end = newline < 0 ? text.length : newline;
    counts.push(
      fields[0] as number,
      fields[1] as number,
      fields[2] as number,
      fields[3] as number,
      month,
      numberOf(text, tab + 1, end),
    );
    p = end + 1;
  }
  return counts;
}
