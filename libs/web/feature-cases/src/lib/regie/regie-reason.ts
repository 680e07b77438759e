import { CaseDetail, REASON_MIN_LENGTH, RegieMode } from '@tafel/shared/contracts';
import { CasesApi, problemMessage } from '@tafel/web/core';
import { REGIE_LABELS, ReasonDialogData } from '@tafel/web/ui';

/** "Regie wijzigen": move regie between the family and a professional, with a reason the family will see. */
export function regieReason(api: CasesApi, caseId: string, current: RegieMode): ReasonDialogData<CaseDetail> {
  const mode: RegieMode = current === 'family' ? 'professional' : 'family';
  const from = REGIE_LABELS[current];
  const to = REGIE_LABELS[mode];
  return {
    title: $localize`:@@regieDialog.title:Regie wijzigen`,
    intro: [
      $localize`:@@regieDialog.intro:Van ${from}:from: naar ${to}:to:.`,
      $localize`:@@regieDialog.explain:De reden komt op de tijdlijn. Het gezin kan die lezen, dus schrijf in gewone woorden.`,
    ],
    label: $localize`:@@reason.label:Reden`,
    confirm: $localize`:@@regieDialog.confirm:Wijziging bevestigen`,
    minLength: REASON_MIN_LENGTH,
    action: { send: (reason) => api.changeRegie(caseId, { mode, reason }), problem: problemMessage },
  };
}
