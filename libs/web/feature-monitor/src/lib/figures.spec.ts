import { MetricTable } from '@tafel/shared/contracts';
import { gapsNote, latest, partLabel, periodLabel, shownText, withinNorm } from './figures';

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
    expect(withinNorm(t, 'regio')).toBe('withheld');
    expect(latest(t, 'Borne')).toBeUndefined();
  });

  it('names a part as a reader sees it', () => {
    expect(partLabel('bucket:signal>toeleiding')).toBe('Signaal → Toeleiding');
    expect(partLabel('bucket:investigation')).toBe('Raadsonderzoek');
    expect(partLabel('gi:none')).toBe('none');
  });

  it('names every kind of bucket in words, not as its code', () => {
    const parts = {
      'bucket:veilig_thuis': 'Veilig Thuis',
      'bucket:gi': 'Gecertificeerde instelling',
      'bucket:raad': 'Raad voor de Kinderbescherming',
      'bucket:unknown': 'Onbekend (oude gegevens)',
      'bucket:conditional': 'Drang: onderzoek uitgesteld onder voorwaarden',
      'bucket:end_of_measure': 'Einde van de maatregel',
      'bucket:age_18': 'Kind is 18 geworden',
      'bucket:moved': 'Verhuisd buiten de regio',
      'bucket:other': 'Andere reden',
      'bucket:via_confidant': 'Via een vertrouwenspersoon',
      'bucket:yes': 'Ja',
      'bucket:without_hearing': 'Zonder het gezin te horen',
      'bucket:ended': 'Afgerond',
      'bucket:pending': 'Nog niet afgerond',
      'bucket:beyond': 'Na de termijn',
    };
    for (const [code, words] of Object.entries(parts)) expect(partLabel(code)).toBe(words);
  });

  it('names a period by its month in the reader’s language, and a quarter and a year plainly', () => {
    expect(periodLabel('nl', '2025-12')).toBe('dec 2025');
    expect(periodLabel('nl', '2026-11', true)).toBe('november 2026');
    expect(periodLabel('en', '2026-11', true)).toBe('November 2026');
    expect(periodLabel('nl', '2026-Q2')).toBe('K2 2026');
    expect(periodLabel('nl', '2026')).toBe('2026');
  });

  it('writes a figure with the locale’s decimal separator; a hidden count "<5", a withheld measure "afgeschermd", none "–"', () => {
    expect(shownText('nl', 15.5)).toBe('15,5');
    expect(shownText('en', 15.5)).toBe('15.5');
    expect(shownText('nl', 1234, '%')).toBe('1.234%');
    expect(shownText('nl', '<5')).toBe('<5');
    expect(shownText('nl', 'withheld', '%')).toBe('afgeschermd');
    expect(shownText('nl', undefined)).toBe('–');
  });

  it('says why the gemeenten have no bars: all hidden or absent, some of them, or none', () => {
    const cells = (n: 6 | '<5') => [{ period: '2031-02', n, median: n === 6 ? n : ('withheld' as const) }];
    const hidden = table([
      { area: 'Almelo', breakdown: 'total', cells: cells('<5') },
      { area: 'Borne', breakdown: 'total', cells: [] },
      { area: 'regio', breakdown: 'total', cells: cells(6) },
    ]);
    expect(gapsNote(hidden)).toMatch(/^Geen staven: bij elke gemeente is het aantal .* kleiner dan 5/);
    const some = table([...hidden.rows, { area: 'Hengelo', breakdown: 'total', cells: cells(6) }]);
    expect(gapsNote(some)).toMatch(/^Bij gemeenten zonder staaf/);
    expect(gapsNote(table([{ area: 'Hengelo', breakdown: 'total', cells: cells(6) }]))).toBeNull();
  });
});
