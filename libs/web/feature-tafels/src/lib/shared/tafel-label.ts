import { TafelSummary } from '@tafel/shared/contracts';
import { MOMENT_LABELS } from '@tafel/web/ui';

/** "Toeleiding — Gezin Bakker (TW-2026-00001)": how a tafel is named in lists and links. */
export function tafelLabel(tafel: Pick<TafelSummary, 'momentType' | 'familyName' | 'caseNumber'>): string {
  return $localize`:@@tafel.label:${MOMENT_LABELS[tafel.momentType]}:moment: — Gezin ${tafel.familyName}:family: (${tafel.caseNumber}:caseNumber:)`;
}

/** "Toeleiding — Gezin Bakker": the heading of a tafel page. */
export function tafelHeading(tafel: Pick<TafelSummary, 'momentType' | 'familyName'>): string {
  return $localize`:@@tafel.heading:${MOMENT_LABELS[tafel.momentType]}:moment: — Gezin ${tafel.familyName}:family:`;
}
