import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { PlanComparison, PlanSectionComparison } from '@tafel/shared/contracts';
import { PLAN_SECTION_LABELS } from '@tafel/web/ui';

const CHANGE_LABELS: Readonly<Record<PlanSectionComparison['change'], string>> = {
  unchanged: $localize`:@@planDiff.unchanged:Niet veranderd`,
  added: $localize`:@@planDiff.added:Nieuw`,
  removed: $localize`:@@planDiff.removed:Weggehaald`,
  changed: $localize`:@@planDiff.changed:Veranderd`,
};

/**
 * Two versions side by side, per section: added words are underlined and marked "toegevoegd",
 * removed words struck through and marked "weggehaald" — never by colour alone.
 */
@Component({
  selector: 'tafel-plan-diff',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-diff.html',
  styleUrl: './plan-diff.scss',
})
export class PlanDiff {
  readonly comparison = input.required<PlanComparison>();
  protected readonly changeLabels = CHANGE_LABELS;

  protected readonly labels = PLAN_SECTION_LABELS;
}
