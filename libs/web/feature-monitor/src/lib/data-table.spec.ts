import { TestBed } from '@angular/core/testing';
import { MetricTable } from '@tafel/shared/contracts';
import { DataTable } from './data-table';
import { areaRows, breakdownRows, gemeenteRows, trendRows } from './figures';

const table: MetricTable = {
  id: 'request_to_tafel',
  metric: 'request_to_tafel',
  kind: 'duration',
  label: { nl: 'Doorlooptijd', en: 'Lead time' },
  norm: null,
  granularity: 'month',
  by: 'bucket',
  periods: ['2031-01', '2031-02'],
  rows: [
    {
      area: 'regio',
      breakdown: 'total',
      cells: [
        { period: '2031-01', n: 12, median: 9.5, p90: 27.5 },
        { period: '2031-02', n: '<5', median: 'withheld', p90: 'withheld' },
      ],
    },
    { area: 'Almelo', breakdown: 'total', cells: [{ period: '2031-01', n: 7, median: 4, p90: 8 }] },
    { area: 'Hengelo', breakdown: 'total', cells: [{ period: '2031-02', n: 6, median: 3, p90: 5 }] },
    { area: 'Almelo', breakdown: 'bucket:within', cells: [{ period: '2031-01', n: '<5' }] },
  ],
};

function render(columns: string[], rows: ReturnType<typeof trendRows>, caption = '', labelledBy = '') {
  const fixture = TestBed.createComponent(DataTable);
  fixture.componentRef.setInput('columns', columns);
  fixture.componentRef.setInput('rows', rows);
  fixture.componentRef.setInput('caption', caption);
  fixture.componentRef.setInput('labelledBy', labelledBy);
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

const texts = (el: HTMLElement, selector: string) =>
  Array.from(el.querySelectorAll(selector)).map((e) => e.textContent?.replace(/\s+/g, ' ').trim());

describe('the table beside a chart', () => {
  it('shows each area total with its median, and a duration’s count and P90 under it, with a decimal comma; a hidden count "<5", a withheld median or P90 "afgeschermd"', () => {
    const el = render(
      ['Gebied', ...table.periods],
      trendRows(table, 'nl'),
      'Doorlooptijd per periode',
      'trend-heading',
    );
    expect(texts(el, 'th[scope=col]')).toEqual(['Gebied', '2031-01', '2031-02']);
    expect(texts(el, 'th[scope=row]')).toEqual(['Regio Twente', 'Almelo', 'Hengelo']);
    expect(texts(el, 'tbody tr:first-child td')).toEqual([
      '9,5 n 12 · P90 27,5',
      'afgeschermd n <5 · P90 afgeschermd',
    ]);
    expect(el.querySelector('caption')?.textContent?.trim()).toBe('Doorlooptijd per periode');
    const region = el.querySelector('[role=region]');
    expect(region?.getAttribute('aria-labelledby')).toBe('trend-heading');
    expect(region?.getAttribute('tabindex')).toBe('0');
  });

  it('names its region by the caption when no heading names it, and heads a breakdown row with area and part', () => {
    const el = render(['Gebied', 'Deel', ...table.periods], breakdownRows(table, 'nl'), 'Uitsplitsing');
    expect(el.querySelector('[role=region]')?.getAttribute('aria-label')).toBe('Uitsplitsing');
    expect(texts(el, 'th[scope=row]')).toEqual(['Almelo', 'Binnen de termijn']);
  });

  it('lists the gemeenten without the region, each with its last period’s figure', () => {
    expect(gemeenteRows(table, 'nl').map((r) => [r.heads[0], r.cells[0].value])).toEqual([
      ['Almelo', '4'],
      ['Hengelo', '3'],
    ]);
  });

  it('gives one area its total and parts per period, or the last period alone for a step of the flow', () => {
    const cells = (rows: ReturnType<typeof areaRows>) =>
      rows.map((r) => [r.heads[0], r.cells.map((c) => c.value)]);
    expect(cells(areaRows(table, 'Almelo', 'nl'))).toEqual([
      ['Totaal', ['7']],
      ['Binnen de termijn', ['<5']],
    ]);
    expect(cells(areaRows(table, 'regio', 'nl', true))).toEqual([['Totaal', ['<5']]]);
    expect(cells(areaRows(table, 'Borne', 'nl', true))).toEqual([]);
  });
});
