import { InvalidParam, TAFEL_ROLES, TafelRole } from '@tafel/shared/contracts';
import { TAFEL_ROLE_LABELS } from '@tafel/web/ui';

const isTafelRole = (value: string): value is TafelRole => (TAFEL_ROLES as readonly string[]).includes(value);

/**
 * One line per field the API refused: the field's label on the page, then the API's reason.
 * A missing participant ("participants: needs a raad") is named in Dutch.
 */
export function describeInvalidParams(
  params: readonly InvalidParam[],
  labels: Readonly<Record<string, string>> = {},
): string[] {
  return params.map(({ name, reason }) => {
    const role = /^needs an? (\w+)$/.exec(reason)?.[1];
    if (name === 'participants' && role && isTafelRole(role)) {
      return $localize`:@@invalid.participantNeeded:Nog nodig aan tafel: ${TAFEL_ROLE_LABELS[role]}:role:`;
    }
    return `${labels[name] ?? name}: ${reason}`;
  });
}
