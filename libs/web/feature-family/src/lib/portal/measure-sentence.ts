import { Measure, MeasureType } from '@tafel/shared/contracts';
import { formatDate } from '@tafel/web/ui';

/** The measures as words in the middle of a sentence, in plain Dutch ("Er is een … voor Daan"). */
const MEASURE_NOUNS: Readonly<Record<MeasureType, string>> = {
  ots: $localize`:@@family.measure.ots:ondertoezichtstelling`,
  vots: $localize`:@@family.measure.vots:voorlopige ondertoezichtstelling`,
  voogdij: $localize`:@@family.measure.voogdij:voogdijmaatregel`,
  machtiging_uhp: $localize`:@@family.measure.uhp:machtiging uithuisplaatsing`,
};

/**
 * A court measure told to the family in B1 Dutch: which measure, for whom, from when until when, and
 * which GI carries it out — "Er is een ondertoezichtstelling voor Daan, van 1 maart 2026 tot 1 maart
 * 2027. Jeugdbescherming Overijssel voert die uit." `name` null: the reader is the child ("voor jou").
 */
export function measureSentence(measure: Measure, name: string | null, locale: string): string {
  const type = MEASURE_NOUNS[measure.type];
  const who = name ?? $localize`:@@family.measure.you:jou`;
  const from = formatDate(locale, measure.startsOn);
  if (measure.endedOn) {
    const to = formatDate(locale, measure.endedOn);
    return $localize`:@@family.measure.ended:Er was een ${type}:type: voor ${who}:name:, van ${from}:from: tot ${to}:to:.`;
  }
  const period = measure.endsOn
    ? $localize`:@@family.measure.running:Er is een ${type}:type: voor ${who}:name:, van ${from}:from: tot ${formatDate(locale, measure.endsOn)}:to:.`
    : $localize`:@@family.measure.open:Er is een ${type}:type: voor ${who}:name:, vanaf ${from}:from:.`;
  if (!measure.giOrganisationName) return period;
  return `${period} ${$localize`:@@family.measure.gi:${measure.giOrganisationName}:gi: voert die uit.`}`;
}
