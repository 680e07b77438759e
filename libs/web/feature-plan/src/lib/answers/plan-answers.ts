import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  LOCALE_ID,
  signal,
} from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import {
  PLAN_SECTIONS,
  PlanAnswer,
  PlanAnswerKind,
  PlanSection,
  PlanVersionSummary,
} from '@tafel/shared/contracts';
import { loadedValue, loadResource } from '@tafel/web/core';
import { PlansApi } from '@tafel/web/core/plans';
import { formatDate, Loading, PLAN_SECTION_LABELS } from '@tafel/web/ui';
import { combineLatest, filter } from 'rxjs';

const ANSWER_LABELS: Readonly<Record<PlanAnswerKind, string>> = {
  agree: $localize`:@@planAnswers.agree:Eens`,
  disagree: $localize`:@@planAnswers.disagree:Niet eens`,
  view: $localize`:@@planAnswers.view:Eigen mening`,
};

/** The family's answers to one version, per section: who agreed, who disagreed and why, the children's views. */
export function answersBySection(
  answers: readonly PlanAnswer[],
): { section: PlanSection; answers: PlanAnswer[] }[] {
  return PLAN_SECTIONS.map((section) => ({ section, answers: answers.filter((a) => a.section === section) }));
}

@Component({
  selector: 'tafel-plan-answers',
  imports: [FormsModule, MatFormFieldModule, MatSelectModule, Loading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-answers.html',
  styleUrl: './plan-answers.scss',
})
export class PlanAnswers {
  readonly caseId = input.required<string>();
  readonly versions = input.required<readonly PlanVersionSummary[]>();

  private readonly api = inject(PlansApi);
  private readonly locale = inject(LOCALE_ID);

  protected readonly labels = PLAN_SECTION_LABELS;
  protected readonly answerLabels = ANSWER_LABELS;
  protected readonly number = signal(0);
  protected readonly state = loadResource(
    combineLatest([toObservable(this.caseId), toObservable(this.number)]).pipe(filter(([, n]) => n > 0)),
    ([caseId, n]) => this.api.version(caseId, n),
  );
  protected readonly rows = computed(() => {
    const version = loadedValue(this.state());
    return version ? answersBySection(version.answers) : [];
  });

  constructor() {
    effect(() => this.number.set(this.versions()[0]?.number ?? 0));
  }

  protected answeredOn(a: PlanAnswer): string {
    return formatDate(this.locale, a.answeredAt);
  }
}
