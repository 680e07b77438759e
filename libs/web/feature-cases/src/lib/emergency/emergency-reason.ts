import { EMERGENCY_REASON_MIN_LENGTH, EmergencyAccess, NOTE_MAX_LENGTH } from '@tafel/shared/contracts';
import { AccessLogApi, problemMessage } from '@tafel/web/core';
import { ReasonDialogData } from '@tafel/web/ui';

/** Break the glass: a professional who is not a member asks for time-limited access, with a reason. */
export function emergencyReason(api: AccessLogApi, caseId: string): ReasonDialogData<EmergencyAccess> {
  return {
    title: $localize`:@@emergency.title:Noodtoegang vragen`,
    intro: [
      $localize`:@@emergency.intro:Met noodtoegang kunt u dit gezin een paar uur bekijken, ook al hoort u er niet bij. Gebruik dit alleen als een kind in gevaar kan zijn en er geen tijd is om te wachten. Alles wat u bekijkt wordt vastgelegd, en de privacyfunctionaris controleert elke noodtoegang. Het gezin kan zien dat u met noodtoegang keek.`,
    ],
    label: $localize`:@@emergency.reason:Waarom is dit nodig?`,
    hint: $localize`:@@emergency.reasonHint:Minstens ${EMERGENCY_REASON_MIN_LENGTH}:INTERPOLATION: tekens.`,
    confirm: $localize`:@@emergency.confirm:Noodtoegang vragen`,
    minLength: EMERGENCY_REASON_MIN_LENGTH,
    maxLength: NOTE_MAX_LENGTH,
    rows: 4,
    action: {
      send: (reason) => api.requestEmergencyAccess(caseId, reason),
      problem: problemMessage,
    },
  };
}
