import { CaseDetail, CoordinatorCandidate, PersonOption } from '@tafel/shared/contracts';
import { CasesApi, problemMessage } from '@tafel/web/core';
import { HandoverDialogData } from '@tafel/web/ui';
import { map } from 'rxjs';

/** A candidate as the people picker shows one: name and organisation. */
const asOption = (candidate: CoordinatorCandidate): PersonOption => ({
  ...candidate,
  role: 'coordinator',
  organisationType: null,
});

/**
 * "Regie overdragen" of one family: the new coordinator from the candidates the API allows (searched by
 * name or organisation), and why. The hand-over dialog closes with the updated case.
 */
export function caseHandover(api: CasesApi, caseId: string): HandoverDialogData<CaseDetail> {
  return {
    title: $localize`:@@handover.title:Regie overdragen`,
    intro: [
      $localize`:@@handover.intro:De nieuwe regievoerder neemt de regie direct over. De reden komt op de tijdlijn, die ook het gezin kan zien.`,
    ],
    confirm: $localize`:@@handover.confirm:Overdracht bevestigen`,
    people: {
      candidates: api.coordinatorCandidates(caseId).pipe(map((candidates) => candidates.map(asOption))),
      none: $localize`:@@handover.noCandidates:Er is geen andere regievoerder beschikbaar.`,
    },
    action: { send: (request) => api.handOver(caseId, request), problem: problemMessage },
  };
}
