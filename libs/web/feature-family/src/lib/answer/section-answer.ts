import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatRadioModule } from '@angular/material/radio';
import {
  PLAN_ANSWER_MIN_LENGTH,
  PlanAnswer,
  PlanAnswerInput,
  PlanSection,
  TEXT_MAX_LENGTH,
} from '@tafel/shared/contracts';
import { problemMessage } from '@tafel/web/core';
import { PlansApi } from '@tafel/web/core/plans';
import { ProblemAlert, ReasonField, textValidator } from '@tafel/web/ui';

/** Who answers: a parent agrees or disagrees (with a zienswijze); a child writes their own view. */
export type Answerer = 'parent' | 'child';

/**
 * One answer to one section of a published version. A parent says "Eens" or "Niet eens"; disagreeing
 * needs their own words. A child writes what they think. The API then holds the answer for good.
 */
@Component({
  selector: 'tafel-section-answer',
  imports: [ReactiveFormsModule, MatButtonModule, MatRadioModule, ReasonField, ProblemAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './section-answer.html',
  styleUrl: './section-answer.scss',
})
export class SectionAnswer {
  readonly caseId = input.required<string>();
  readonly versionNumber = input.required<number>();
  readonly section = input.required<PlanSection>();
  /** The section's title, read out with the choice ("Eens: Wat gaat goed?"). */
  readonly title = input.required<string>();
  readonly answerer = input<Answerer>('parent');
  readonly answered = output<PlanAnswer>();

  private readonly api = inject(PlansApi);
  protected readonly minLength = PLAN_ANSWER_MIN_LENGTH;
  protected readonly maxLength = TEXT_MAX_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    answer: ['' as '' | 'agree' | 'disagree', Validators.required],
    text: [''],
  });
  protected readonly disagrees = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly informal = computed(() => this.answerer() === 'child');

  constructor() {
    // A parent chooses; a child writes their view. Disagreeing and a child's view need words.
    effect(() => {
      const child = this.answerer() === 'child';
      const answer = this.form.controls.answer;
      answer.setValidators(child ? null : Validators.required);
      answer.updateValueAndValidity();
      this.requireText(child);
    });
    this.form.controls.answer.valueChanges.pipe(takeUntilDestroyed()).subscribe((answer) => {
      this.disagrees.set(answer === 'disagree');
      if (this.answerer() === 'parent') this.requireText(answer === 'disagree');
    });
  }

  /** What the form sends (call only when the form is valid). */
  protected value(): PlanAnswerInput {
    const { answer, text } = this.form.getRawValue();
    const section = this.section();
    if (this.answerer() === 'child') return { section, answer: 'view', text: text.trim() };
    return answer === 'agree' ? { section, answer } : { section, answer: 'disagree', text: text.trim() };
  }

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsDirty(); // the choice's own error shows from here, as the fields' do (formRules)
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.api.answer(this.caseId(), this.versionNumber(), this.value()).subscribe({
      next: (answer) => {
        this.busy.set(false);
        this.answered.emit(answer);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(problemMessage(error));
      },
    });
  }

  private requireText(required: boolean): void {
    const text = this.form.controls.text;
    text.setValidators(required ? textValidator(PLAN_ANSWER_MIN_LENGTH, TEXT_MAX_LENGTH) : null);
    text.updateValueAndValidity();
  }
}
