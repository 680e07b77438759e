import { InvestigationAdvice, MeasureFollowUp, MeasureType } from '@tafel/shared/contracts';

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

export const FOLLOW_UP_LABELS: Readonly<Record<MeasureFollowUp, string>> = {
  step_down: $localize`:@@followUp.stepDown:Verder met vrijwillige hulp (afschalen)`,
  closed: $localize`:@@followUp.closed:Dossier sluiten`,
};
