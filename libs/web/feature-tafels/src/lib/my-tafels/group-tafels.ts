import { TafelSummary } from '@tafel/shared/contracts';

export interface TafelGroups {
  /** Waiting for a date; the newest request first. */
  requested: TafelSummary[];
  /** Planned; the first coming first. */
  scheduled: TafelSummary[];
  /** Decided, with agreements still open; the most overdue first. */
  followUp: TafelSummary[];
}

const byTime = (key: (tafel: TafelSummary) => string | null) => (a: TafelSummary, b: TafelSummary) =>
  (key(a) ?? '').localeCompare(key(b) ?? '');

/** Sorts the tafels of "Mijn tafels" into what needs a date, what is coming, and what needs follow-up. */
export function groupTafels(tafels: readonly TafelSummary[]): TafelGroups {
  return {
    requested: tafels
      .filter((t) => t.status === 'requested')
      .sort((a, b) => byTime((t) => t.requestedAt)(b, a)),
    scheduled: tafels
      .filter((t) => t.status === 'scheduled' || t.status === 'in_session')
      .sort(byTime((t) => t.startsAt)),
    followUp: tafels
      .filter((t) => (t.status === 'concluded' || t.status === 'minutes_adopted') && t.openAgreements > 0)
      .sort((a, b) => b.overdueAgreements - a.overdueAgreements),
  };
}
