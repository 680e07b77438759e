import { loadConfig } from '../../config/app-config';
import { appSettings } from './admin-settings';

const sourceOf = (settings: ReturnType<typeof appSettings>, key: string) =>
  settings.find((s) => s.key === key)?.source;

describe('the settings as the functional administrator reads them', () => {
  it('says which values were set at installation and which are Tafel’s defaults', () => {
    const settings = appSettings(
      loadConfig({
        CHILD_AGE_THRESHOLD: '14',
        RETENTION_MEASURE_YEARS: '35',
        JOB_HISTORY_DAYS: '60',
        TAFEL_CHAIN_NORMS: '{"rvdk_start":12}',
        TAFEL_REQUIRED_ROLES: JSON.stringify({
          toeleiding: ['chair', 'secretary'],
          herbespreking: ['chair'],
          overdracht: ['chair', 'gi'],
          afschaling: ['chair'],
        }),
      }),
    );
    expect(sourceOf(settings, 'childAgeThreshold')).toBe(
      'Ingesteld bij de installatie (omgevingsvariabele CHILD_AGE_THRESHOLD)',
    );
    expect(sourceOf(settings, 'sessionIdleMinutes')).toBe(
      'Standaardwaarde van Tafel (te wijzigen bij de installatie, omgevingsvariabele SESSION_IDLE_MINUTES)',
    );
    expect(settings.find((s) => s.key === 'retentionYears')).toMatchObject({
      value: '20',
      source:
        'Standaardwaarde van Tafel (te wijzigen bij de installatie, omgevingsvariabele RETENTION_YEARS)',
    });
    expect(settings.find((s) => s.key === 'retentionMeasureYears')?.value).toBe('35');
    expect(settings.find((s) => s.key === 'loginHistoryDays')).toMatchObject({
      value: '90',
      source:
        'Standaardwaarde van Tafel (te wijzigen bij de installatie, omgevingsvariabele LOGIN_HISTORY_DAYS)',
    });
    expect(settings.find((s) => s.key === 'jobHistoryDays')).toMatchObject({
      value: '60',
      source: 'Ingesteld bij de installatie (omgevingsvariabele JOB_HISTORY_DAYS)',
    });
    expect(settings.find((s) => s.key === 'failedJobHistoryDays')?.value).toBe('90');
    expect(sourceOf(settings, 'norm.rvdk_start')).toBe(
      'Ingesteld bij de installatie (omgevingsvariabele TAFEL_CHAIN_NORMS)',
    );
    expect(sourceOf(settings, 'norm.verslag_to_parents')).toMatch(/^Standaardwaarde van Tafel/);
    expect(settings.find((s) => s.key === 'requiredRoles.overdracht')).toMatchObject({
      value: 'voorzitter, gecertificeerde instelling',
      source: 'Ingesteld bij de installatie (omgevingsvariabele TAFEL_REQUIRED_ROLES)',
    });
  });

  it('refuses a retention term shorter than the rule', () => {
    expect(() => loadConfig({ RETENTION_YEARS: '15' })).toThrow('RETENTION_YEARS must be at least 20');
    expect(() => loadConfig({ RETENTION_MEASURE_YEARS: '29' })).toThrow(/at least 30/);
  });
});
