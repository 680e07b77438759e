import { MeasureEndReason } from '@tafel/shared/contracts';

/** Why a measure ended: the milestone's choice and the ketenmonitor's uitstroom. */
export const END_REASON_LABELS: Readonly<Record<MeasureEndReason, string>> = {
  afschaling: $localize`:@@endReason.afschaling:Afgeschaald naar vrijwillige hulp`,
  end_of_measure: $localize`:@@endReason.end:Einde van de maatregel`,
  age_18: $localize`:@@endReason.age18:Kind is 18 geworden`,
  moved: $localize`:@@endReason.moved:Verhuisd buiten de regio`,
  other: $localize`:@@endReason.other:Andere reden`,
};
