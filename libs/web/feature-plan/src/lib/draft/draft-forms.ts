import { FormControl, FormGroup } from '@angular/forms';
import { FamilyAgreement, PlanAgreementInput } from '@tafel/shared/contracts';

export type GoalForm = FormGroup<{ id: FormControl<string>; text: FormControl<string> }>;

export type AgreementForm = FormGroup<{
  owner: FormControl<string>;
  what: FormControl<string>;
  dueDate: FormControl<string>;
  /** '' while the agreement serves no goal ("zonder doel"). */
  goalId: FormControl<string>;
}>;

/** An agreement as a save sends it: without a goal, `goalId` is left out. */
export function agreementInput({ goalId, ...rest }: AgreementForm['value']): PlanAgreementInput {
  return {
    owner: rest.owner ?? '',
    what: rest.what ?? '',
    dueDate: rest.dueDate ?? '',
    ...(goalId ? { goalId } : {}),
  };
}

/** A tafel's agreement's state, in the coordinator's words. */
export function tafelAgreementState(a: FamilyAgreement): string {
  if (a.status === 'done') return $localize`:@@planDraft.tafelDone:Afgerond`;
  if (a.overdue) return $localize`:@@planDraft.tafelOverdue:Te laat`;
  return $localize`:@@planDraft.tafelOpen:Open`;
}
