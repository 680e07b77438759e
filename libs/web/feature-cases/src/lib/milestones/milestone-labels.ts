import { MeasureFollowUp } from '@tafel/shared/contracts';

export const FOLLOW_UP_LABELS: Readonly<Record<MeasureFollowUp, string>> = {
  step_down: $localize`:@@followUp.stepDown:Verder met vrijwillige hulp (afschalen)`,
  closed: $localize`:@@followUp.closed:Dossier sluiten`,
};
