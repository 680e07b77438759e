import { MetricTable } from '@tafel/shared/contracts';
import { ChartText, chartValue, sideBySideOptions, stockOptions, trendOptions } from './chart-options';

const text: ChartText = {
  period: (p) => `P ${p}`,
  area: (a) => a.toUpperCase(),
  part: (b) => b.toUpperCase(),
  value: (v) => `${v} dagen`,
};

const table: MetricTable = {
  id: 'request_to_tafel',
  metric: 'request_to_tafel',
  kind: 'duration',
  label: { nl: 'Doorlooptijd verzoek → tafel', en: 'Lead time request → tafel' },
  norm: null,
  granularity: 'month',
  by: 'bucket',
  periods: ['2031-01', '2031-02'],
  rows: [
    {
      area: 'Almelo',
      breakdown: 'total',
      cells: [
        { period: '2031-01', n: 6, median: 14, p90: 25.2 },
        { period: '2031-02', n: '<5', median: 'withheld', p90: 'withheld' },
      ],
    },
    {
      area: 'Almelo',
      breakdown: 'bucket:ended',
      cells: [
        { period: '2031-01', n: '<5' },
        { period: '2031-02', n: '<5' },
      ],
    },
    {
      area: 'regio',
      breakdown: 'total',
      cells: [
        { period: '2031-01', n: 9, median: 12, p90: 20 },
        { period: '2031-02', n: 7, median: 3, p90: 4 },
      ],
    },
  ],
};

describe('chart options', () => {
  it('shows a suppressed figure as a gap, never as a number', () => {
    expect(chartValue('<5')).toBeNull();
    expect(chartValue(0)).toBe(0);
  });

  it('draws one median line per area, with aria and decal patterns on, in the reader’s words', () => {
    const options = trendOptions(table, 'Doorlooptijd', text);
    expect(options.aria).toMatchObject({ enabled: true, decal: { show: true } });
    expect(options.xAxis.data).toEqual(['P 2031-01', 'P 2031-02']);
    expect(options.tooltip.valueFormatter(14)).toBe('14 dagen');
    expect(options.tooltip.valueFormatter(null)).toBe('–');
    expect(options.series).toEqual([
      { name: 'ALMELO', type: 'line', connectNulls: false, data: [14, null] },
      { name: 'REGIO', type: 'line', connectNulls: false, data: [12, 3] },
    ]);
  });

  it('puts the gemeenten side by side for the last period, without the region', () => {
    const options = sideBySideOptions(table, 'Gemeenten', text);
    expect(options.yAxis.data).toEqual(['Almelo']);
    expect(options.series[0]?.data).toEqual([null]);
  });

  it('stacks the stock of one area per phase, a hidden count left out of the bar', () => {
    const stock: MetricTable = {
      ...table,
      id: 'stock',
      metric: 'stock',
      kind: 'stock',
      rows: [
        { area: 'regio', breakdown: 'total', cells: [{ period: '2031-01', n: 12 }] },
        { area: 'regio', breakdown: 'bucket:drang', cells: [{ period: '2031-01', n: 7 }] },
        { area: 'regio', breakdown: 'bucket:measure', cells: [{ period: '2031-01', n: '<5' }] },
        { area: 'Almelo', breakdown: 'bucket:drang', cells: [{ period: '2031-01', n: 5 }] },
      ],
    };
    const options = stockOptions(stock, 'regio', 'Voorraad', text);
    expect(options.series).toEqual([
      { name: 'BUCKET:DRANG', type: 'bar', stack: 'stock', data: [7] },
      { name: 'BUCKET:MEASURE', type: 'bar', stack: 'stock', data: [null] },
    ]);
  });
});
