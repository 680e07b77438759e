import { MetricTable } from '@tafel/shared/contracts';
import { latest, partLabel, withinNorm } from './figures';

const table = (rows: MetricTable['rows']): MetricTable => ({
  id: 'vto_to_investigation',
  metric: 'vto_to_investigation',
  kind: 'duration',
  label: { nl: 'Wachttijd Raad', en: 'RvdK waiting time' },
  norm: { kind: 'days', value: 10, source: 'RvdK' },
  granularity: 'month',
  by: 'bucket',
  periods: ['2031-01', '2031-02'],
  rows,
});

describe('reading a suppressed table', () => {
  it('shows the last period and the share within the norm only when its counts are shown', () => {
    const t = table([
      {
        area: 'Almelo',
        breakdown: 'total',
        cells: [
          { period: '2031-01', n: 9, median: 4 },
          { period: '2031-02', n: 12, median: 7.5 },
        ],
      },
      {
        area: 'Almelo',
        breakdown: 'bucket:within',
        cells: [
          { period: '2031-01', n: 5 },
          { period: '2031-02', n: 6 },
        ],
      },
      {
        area: 'Almelo',
        breakdown: 'bucket:beyond',
        cells: [
          { period: '2031-01', n: '<5' },
          { period: '2031-02', n: 6 },
        ],
      },
      {
        area: 'regio',
        breakdown: 'bucket:within',
        cells: [
          { period: '2031-01', n: 5 },
          { period: '2031-02', n: '<5' },
        ],
      },
      {
        area: 'regio',
        breakdown: 'bucket:beyond',
        cells: [
          { period: '2031-01', n: 5 },
          { period: '2031-02', n: 8 },
        ],
      },
    ]);
    expect(latest(t, 'Almelo')).toBe(7.5);
    expect(withinNorm(t, 'Almelo')).toBe(50);
    expect(withinNorm(t, 'regio')).toBe('<5');
    expect(latest(t, 'Borne')).toBeUndefined();
  });

  it('names a part as a reader sees it', () => {
    expect(partLabel('bucket:signal>toeleiding')).toBe('Signaal → Toeleiding');
    expect(partLabel('bucket:investigation')).toBe('Raadsonderzoek');
    expect(partLabel('gi:none')).toBe('none');
  });
});
