import { ChangeDetectionStrategy, Component, computed, inject, input, LOCALE_ID } from '@angular/core';
import { FamilyAgreement, PlanAgreement, PlanGoal } from '@tafel/shared/contracts';
import { agreementsByGoal } from '@tafel/shared/util';
import { formatDate } from '@tafel/web/ui';
import { agreementState } from '../family-texts';

/** An agreement of the draft (no status yet) or of the family's one list (with its status). */
export type ShownAgreement = PlanAgreement | FamilyAgreement;

/**
 * The plan's goals in plain words, each with the agreements that serve it — the plan's own and those
 * made at a tafel, with their status — and the other agreements after them.
 */
@Component({
  selector: 'tafel-goal-agreements',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './goal-agreements.html',
  styleUrl: './goal-agreements.scss',
})
export class GoalAgreements {
  readonly goals = input.required<readonly PlanGoal[]>();
  readonly agreements = input.required<readonly ShownAgreement[]>();

  private readonly locale = inject(LOCALE_ID);
  protected readonly groups = computed(() => agreementsByGoal(this.goals(), this.agreements()));

  protected state(a: ShownAgreement): string | null {
    return 'status' in a ? agreementState(a) : null;
  }

  protected late(a: ShownAgreement): boolean {
    return 'overdue' in a && a.overdue;
  }

  protected date(value: string): string {
    return formatDate(this.locale, value);
  }
}
