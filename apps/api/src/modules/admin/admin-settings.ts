import { AppSetting, DEFAULT_REQUIRED_ROLES, MOMENT_TYPES, Norm } from '@tafel/shared/contracts';
import { AppConfig } from '../../config/app-config';
import { REQUEST_TO_TAFEL, configuredNorms } from '../chain/norms';

const UNITS: Record<Norm['kind'], string> = { days: 'dagen', working_days: 'werkdagen', months: 'maanden' };
const REQUIRED_ROLES_SOURCE = 'code: DEFAULT_REQUIRED_ROLES in libs/shared/contracts/src/lib/tafel.ts';
const NORMS_SOURCE =
  'code: CHAIN_NORMS in apps/api/src/modules/chain/norms.ts, environment: TAFEL_CHAIN_NORMS';

/**
 * The settings DOMAIN.md calls configurable, with their current values. Today each comes from the
 * deployment's environment or from the code, so none is editable here: the source says where to
 * change it.
 */
export function appSettings(config: AppConfig): AppSetting[] {
  const norms = configuredNorms(config.chainNorms);
  const env = (key: string, label: string, value: number | string, variable: string): AppSetting => ({
    key,
    label,
    value: String(value),
    source: `environment: ${variable}`,
    editable: false,
  });
  return [
    env(
      'childAgeThreshold',
      'Leeftijd vanaf wanneer een kind een account en een plek aan tafel krijgt',
      config.childAgeThreshold,
      'CHILD_AGE_THRESHOLD',
    ),
    env(
      'sessionIdleMinutes',
      'Sessie verloopt na … minuten zonder activiteit',
      config.sessionIdleMinutes,
      'SESSION_IDLE_MINUTES',
    ),
    env('sessionMaxHours', 'Sessie duurt hoogstens … uur', config.sessionMaxHours, 'SESSION_MAX_HOURS'),
    env(
      'invitationTtlHours',
      'Uitnodigingslink geldig … uur',
      config.invitationTtlHours,
      'INVITATION_TTL_HOURS',
    ),
    ...norms.chain.map(
      (norm): AppSetting => ({
        key: `norm.${norm.id}`,
        label: norm.label,
        value: `${norm.horizon.value} ${UNITS[norm.horizon.kind]}`,
        source: NORMS_SOURCE,
        editable: false,
      }),
    ),
    ...(norms.requestToTafelWorkingDays === null
      ? [
          {
            key: `norm.${REQUEST_TO_TAFEL}`,
            label: 'Tafel binnen … werkdagen na de aanvraag (regionale afspraak, geen wettelijke norm)',
            value: 'uit (niet ingesteld)',
            source: NORMS_SOURCE,
            editable: false,
          },
        ]
      : []),
    ...MOMENT_TYPES.map(
      (moment): AppSetting => ({
        key: `requiredRoles.${moment}`,
        label: `Verplichte rollen aan tafel: ${moment}`,
        value: DEFAULT_REQUIRED_ROLES[moment].join(', '),
        source: REQUIRED_ROLES_SOURCE,
        editable: false,
      }),
    ),
  ];
}
