import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import {
  FamilyAgreement,
  PLAN_SECTIONS,
  PlanAnswer,
  PlanSection,
  PlanVersion,
} from '@tafel/shared/contracts';
import { Answerer, SectionAnswer } from '../answer/section-answer';
import { CHILD_SECTION_TITLES, PARENT_SECTION_TITLES } from '../family-texts';
import { GoalAgreements } from '../goals/goal-agreements';
import { answerableSections, ownAnswer, sectionText } from './plan-answers';

/**
 * The published plan in plain words, section by section, with the reader's answer or the form to give
 * it; the goals each with the agreements that serve them (the plan's and the tafels', with their status).
 */
@Component({
  selector: 'tafel-family-plan',
  imports: [SectionAnswer, GoalAgreements],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './family-plan.html',
  styleUrl: './family-plan.scss',
})
export class FamilyPlan {
  readonly caseId = input.required<string>();
  readonly version = input.required<PlanVersion>();
  readonly answerer = input<Answerer>('parent');
  /** The family's agreements as the API lets this reader see them (the plan's current version and the tafels'). */
  readonly agreements = input<readonly FamilyAgreement[]>([]);
  readonly answered = output<PlanAnswer>();

  protected readonly sectionText = sectionText;
  protected readonly titles = computed(() =>
    this.answerer() === 'child' ? CHILD_SECTION_TITLES : PARENT_SECTION_TITLES,
  );
  private readonly answerable = computed(() => answerableSections(this.version(), this.answerer()));
  /** Without documents (a child under 16) only the reader's own section is shown. */
  protected readonly sections = computed(() =>
    this.version().documentsWithheld ? this.answerable() : PLAN_SECTIONS,
  );

  protected canAnswer(section: PlanSection): boolean {
    return this.answerable().includes(section);
  }

  protected own(section: PlanSection): PlanAnswer | null {
    return ownAnswer(this.version(), section, this.answerer());
  }

  /** The children's own views the reader may read (a parent: those the children share). */
  protected childViews(): PlanAnswer[] {
    return this.answerer() === 'parent' ? this.version().answers.filter((a) => a.answer === 'view') : [];
  }
}
