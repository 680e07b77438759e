import { AppSetting, DEFAULT_REQUIRED_ROLES, MOMENT_TYPES, Norm } from '@tafel/shared/contracts';
import { AppConfig, loadConfig } from '../../config/app-config';
import { REQUEST_TO_TAFEL, configuredNorms } from '../chain/norms';
import { TAFEL_ROLE_NAMES } from '../verslagen/verslag-document';

const UNITS: Record<Norm['kind'], string> = { days: 'dagen', working_days: 'werkdagen', months: 'maanden' };

/** Where a value comes from, in words for the functional administrator (never a file in the code). */
function source(setAtInstallation: boolean, variable: string): string {
  return setAtInstallation
    ? `Ingesteld bij de installatie (omgevingsvariabele ${variable})`
    : `Standaardwaarde van Tafel (te wijzigen bij de installatie, omgevingsvariabele ${variable})`;
}

/**
 * The settings DOMAIN.md calls configurable, with their current values. Today each comes from the
 * deployment's environment or is Tafel's default, so none is editable here: the source says which,
 * and which environment variable changes it.
 */
export function appSettings(config: AppConfig): AppSetting[] {
  const defaults = loadConfig({});
  const norms = configuredNorms(config.chainNorms);
  const normSource = (id: string) => source(config.chainNorms[id] !== undefined, 'TAFEL_CHAIN_NORMS');
  const env = (
    key:
      | 'childAgeThreshold'
      | 'sessionIdleMinutes'
      | 'sessionMaxHours'
      | 'invitationTtlHours'
      | 'retentionYears'
      | 'retentionMeasureYears'
      | 'loginHistoryDays'
      | 'jobHistoryDays'
      | 'failedJobHistoryDays',
    label: string,
    variable: string,
  ): AppSetting => ({
    key,
    label,
    value: String(config[key]),
    source: source(config[key] !== defaults[key], variable),
    editable: false,
  });
  return [
    env(
      'childAgeThreshold',
      'Leeftijd vanaf wanneer een kind een account en een plek aan tafel krijgt',
      'CHILD_AGE_THRESHOLD',
    ),
    env('sessionIdleMinutes', 'Sessie verloopt na … minuten zonder activiteit', 'SESSION_IDLE_MINUTES'),
    env('sessionMaxHours', 'Sessie duurt hoogstens … uur', 'SESSION_MAX_HOURS'),
    env('invitationTtlHours', 'Uitnodigingslink geldig … uur', 'INVITATION_TTL_HOURS'),
    env(
      'retentionYears',
      'Bewaartermijn van een gesloten dossier: … jaar na het sluiten (Jeugdwet: minstens 20)',
      'RETENTION_YEARS',
    ),
    env(
      'retentionMeasureYears',
      'Dossier met een maatregel (OTS, voogdij): … jaar nadat het jongste kind 18 werd (minstens 30)',
      'RETENTION_MEASURE_YEARS',
    ),
    env(
      'loginHistoryDays',
      'Mislukte inlogpogingen, afgelopen sessies en gebruikte herstelcodes: … dagen bewaard',
      'LOGIN_HISTORY_DAYS',
    ),
    env(
      'jobHistoryDays',
      'Afgeronde taken (verstuurde mails, herinneringen): … dagen bewaard',
      'JOB_HISTORY_DAYS',
    ),
    env(
      'failedJobHistoryDays',
      'Mislukte taken (niet verstuurde mails): … dagen bewaard',
      'FAILED_JOB_HISTORY_DAYS',
    ),
    ...norms.chain.map(
      (norm): AppSetting => ({
        key: `norm.${norm.id}`,
        label: norm.label,
        value: `${norm.horizon.value} ${UNITS[norm.horizon.kind]}`,
        source: normSource(norm.id),
        editable: false,
      }),
    ),
    ...(norms.requestToTafelWorkingDays === null
      ? [
          {
            key: `norm.${REQUEST_TO_TAFEL}`,
            label: 'Tafel binnen … werkdagen na de aanvraag (regionale afspraak, geen wettelijke norm)',
            value: 'uit (niet ingesteld)',
            source: normSource(REQUEST_TO_TAFEL),
            editable: false,
          },
        ]
      : []),
    ...MOMENT_TYPES.map(
      (moment): AppSetting => ({
        key: `requiredRoles.${moment}`,
        label: `Verplichte rollen aan tafel: ${moment}`,
        value: config.requiredRoles[moment].map((role) => TAFEL_ROLE_NAMES[role]).join(', '),
        source: source(config.requiredRoles !== DEFAULT_REQUIRED_ROLES, 'TAFEL_REQUIRED_ROLES'),
        editable: false,
      }),
    ),
  ];
}
