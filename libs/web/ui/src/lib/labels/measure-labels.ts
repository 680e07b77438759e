import { InvestigationAdvice, MeasureEndReason, MeasureType } from '@tafel/shared/contracts';

/** Why a measure ended: the milestone's choice and the ketenmonitor's uitstroom. */
export const END_REASON_LABELS: Readonly<Record<MeasureEndReason, string>> = {
  afschaling: $localize`:@@endReason.afschaling:Afgeschaald naar vrijwillige hulp`,
  end_of_measure: $localize`:@@endReason.end:Einde van de maatregel`,
  age_18: $localize`:@@endReason.age18:Kind is 18 geworden`,
  moved: $localize`:@@endReason.moved:Verhuisd buiten de regio`,
  other: $localize`:@@endReason.other:Andere reden`,
};

export const MEASURE_TYPE_LABELS: Readonly<Record<MeasureType, string>> = {
  ots: $localize`:@@measure.ots:Ondertoezichtstelling (OTS)`,
  vots: $localize`:@@measure.vots:Voorlopige ondertoezichtstelling (VOTS)`,
  voogdij: $localize`:@@measure.voogdij:Gezagsbeëindigende maatregel (voogdij)`,
  machtiging_uhp: $localize`:@@measure.uhp:Machtiging uithuisplaatsing`,
};

export const ADVICE_LABELS: Readonly<Record<InvestigationAdvice, string>> = {
  request_measure: $localize`:@@advice.requestMeasure:Advies: een maatregel vragen`,
  no_measure: $localize`:@@advice.noMeasure:Advies: geen maatregel`,
};
