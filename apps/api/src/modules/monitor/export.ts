import ExcelJS from 'exceljs';
import { MetricTable, ShownMeasure, WITHHELD } from '@tafel/shared/contracts';

/** A measure as exported: its number, "afgeschermd" when withheld (never "<5", which is for counts), or empty. */
const measure = (v: ShownMeasure | undefined) => (v === WITHHELD ? 'afgeschermd' : (v ?? ''));

/** The same (suppressed) table as rows: area, breakdown, period, n, share, median, P90. */
function rows(table: MetricTable): (string | number)[][] {
  const header = ['gebied', 'uitsplitsing', 'periode', 'aantal', 'aandeel_pct', 'mediaan', 'p90'];
  return [
    header,
    ...table.rows.flatMap((r) =>
      r.cells.map((c) => [
        r.area,
        r.breakdown,
        c.period,
        c.n,
        measure(c.share),
        measure(c.median),
        measure(c.p90),
      ]),
    ),
  ];
}

const csvField = (v: string | number) => {
  const s = String(v);
  return /[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const toCsv = (table: MetricTable) =>
  rows(table)
    .map((r) => r.map(csvField).join(','))
    .join('\r\n') + '\r\n';

export async function toXlsx(table: MetricTable): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(table.metric);
  for (const r of rows(table)) sheet.addRow(r);
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}
