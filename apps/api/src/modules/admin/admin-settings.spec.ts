import { loadConfig } from '../../config/app-config';
import { appSettings } from './admin-settings';

const sourceOf = (settings: ReturnType<typeof appSettings>, key: string) =>
  settings.find((s) => s.key === key)?.source;

describe('the settings as the functional administrator reads them', () => {
  it('says which values were set at installation and which are Tafel’s defaults', () => {
    const settings = appSettings(
      loadConfig({
        CHILD_AGE_THRESHOLD: '14',
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
    expect(sourceOf(settings, 'norm.rvdk_start')).toBe(
      'Ingesteld bij de installatie (omgevingsvariabele TAFEL_CHAIN_NORMS)',
    );
    expect(sourceOf(settings, 'norm.verslag_to_parents')).toMatch(/^Standaardwaarde van Tafel/);
    expect(settings.find((s) => s.key === 'requiredRoles.overdracht')).toMatchObject({
      value: 'voorzitter, gecertificeerde instelling',
      source: 'Ingesteld bij de installatie (omgevingsvariabele TAFEL_REQUIRED_ROLES)',
    });
  });
});
