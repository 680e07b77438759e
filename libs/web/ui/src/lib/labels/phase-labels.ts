import { ChainPhase, RegieMode } from '@tafel/shared/contracts';

/** Dutch names of the chain phases, as families and professionals in Twente say them. */
export const PHASE_LABELS: Readonly<Record<ChainPhase, string>> = {
  signal: $localize`:@@phase.signal:Signaal`,
  toeleiding: $localize`:@@phase.toeleiding:Toeleiding`,
  drang: $localize`:@@phase.drang:Drang`,
  investigation: $localize`:@@phase.investigation:Raadsonderzoek`,
  measure: $localize`:@@phase.measure:Maatregel`,
  step_down: $localize`:@@phase.stepDown:Afschalen`,
  closed: $localize`:@@phase.closed:Afgesloten`,
};

export const REGIE_LABELS: Readonly<Record<RegieMode, string>> = {
  family: $localize`:@@regie.family:Regie bij gezin`,
  professional: $localize`:@@regie.professional:Regie bij professional`,
};
