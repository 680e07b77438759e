import { EmergencyAccess, NOTE_MAX_LENGTH, REVIEW_NOTE_MIN_LENGTH } from '@tafel/shared/contracts';
import { AccessLogApi, problemMessage } from '@tafel/web/core';
import { ReasonDialogData } from '@tafel/web/ui';

/** The privacy officer's review of one emergency access. The dialog closes with the reviewed access. */
export function reviewReason(api: AccessLogApi, access: EmergencyAccess): ReasonDialogData<EmergencyAccess> {
  return {
    title: $localize`:@@reviewDialog.title:Noodtoegang beoordelen`,
    intro: [
      $localize`:@@reviewDialog.intro:${access.userName}:name: keek met noodtoegang in gezin ${access.caseNumber}:caseNumber:.`,
      $localize`:@@reviewDialog.reason:Reden: ${access.reason}:reason:`,
    ],
    label: $localize`:@@reviewDialog.note:Uw beoordeling`,
    hint: $localize`:@@reviewDialog.noteHint:Was de noodtoegang terecht? Wat is er verder nodig?`,
    requiredMessage: $localize`:@@reviewDialog.noteRequired:Schrijf uw beoordeling op.`,
    confirm: $localize`:@@reviewDialog.confirm:Beoordeling opslaan`,
    minLength: REVIEW_NOTE_MIN_LENGTH,
    maxLength: NOTE_MAX_LENGTH,
    rows: 4,
    action: { send: (note) => api.review(access.id, note), problem: problemMessage },
  };
}
