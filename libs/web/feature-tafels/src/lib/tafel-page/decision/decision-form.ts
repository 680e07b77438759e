import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  output,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import {
  CaseDetail,
  CHILD_HEARD,
  ChildHeard,
  Decision,
  DECISIONS_BY_MOMENT,
  DecisionInput,
  Organisation,
  PARENTS_VIEW_MIN_LENGTH,
  PARENTS_VIEWS,
  ParentsView,
  PlanGoal,
  RATIONALE_MIN_LENGTH,
  SHORT_TEXT_MAX_LENGTH,
  TafelDetail,
  TEXT_MIN_LENGTH,
} from '@tafel/shared/contracts';
import { OrganisationsApi, problemInvalidParams, problemMessage, TafelsApi } from '@tafel/web/core';
import { PlansApi } from '@tafel/web/core/plans';
import {
  addDays,
  CHILD_HEARD_LABELS,
  DECISION_LABELS,
  PARENTS_VIEW_LABELS,
  textValidator,
  Confirmation,
  askConfirmation,
  showErrors,
} from '@tafel/web/ui';
import { catchError, map, of, switchMap } from 'rxjs';
import { describeInvalidParams } from '../../shared/invalid-params';
import {
  deadlineValidator,
  MAX_DRANG_MONTHS,
  monthsAfter,
  ownerField,
  ownerOptions,
  today,
} from './decision-rules';

/** Region "Besluit": the chair records the decision, the parents' view, the child's voice and the agreements. */
@Component({
  selector: 'tafel-decision-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './decision-form.html',
  styleUrl: './decision-form.scss',
})
export class DecisionForm {
  readonly tafel = input.required<TafelDetail>();
  readonly theCase = input<CaseDetail | null>(null);
  readonly changed = output<TafelDetail>();

  private readonly api = inject(TafelsApi);
  private readonly confirmation = inject(Confirmation);
  private readonly dialog = inject(MatDialog);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly decisionLabels = DECISION_LABELS;
  protected readonly parentsViews = PARENTS_VIEWS;
  protected readonly parentsViewLabels = PARENTS_VIEW_LABELS;
  protected readonly childHeardOptions = CHILD_HEARD;
  protected readonly childHeardLabels = CHILD_HEARD_LABELS;
  protected readonly minDeadline = addDays(today(), 1);
  protected readonly maxDeadline = monthsAfter(today(), MAX_DRANG_MONTHS);
  protected readonly maxMonths = MAX_DRANG_MONTHS;
  protected readonly rationaleMin = RATIONALE_MIN_LENGTH;
  protected readonly whatMin = TEXT_MIN_LENGTH;
  protected readonly whatMax = SHORT_TEXT_MAX_LENGTH;

  protected readonly form = this.fb.group({
    decision: this.fb.control<Decision | ''>('', Validators.required),
    rationale: ['', textValidator(RATIONALE_MIN_LENGTH)],
    parentsView: this.fb.control<ParentsView | ''>('', Validators.required),
    parentsViewText: ['', textValidator(PARENTS_VIEW_MIN_LENGTH)],
    conditionsDeadline: [{ value: '', disabled: true }, deadlineValidator],
    giOrganisationId: [{ value: '', disabled: true }, Validators.required],
    childHeard: this.fb.control<ChildHeard | ''>('', Validators.required),
    agreements: this.fb.array<ReturnType<DecisionForm['agreement']>>([]),
  });

  /** Only the decisions this moment can take. */
  protected readonly decisions = computed(() => DECISIONS_BY_MOMENT[this.tafel().momentType]);
  protected readonly chosen = toSignal(this.form.controls.decision.valueChanges, { initialValue: '' });
  private readonly organisations = toSignal(
    inject(OrganisationsApi)
      .list()
      .pipe(catchError(() => of<Organisation[]>([]))),
    { initialValue: [] },
  );
  protected readonly gis = computed(() => this.organisations().filter((o) => o.type === 'gi'));
  protected readonly owners = computed(() => ownerOptions(this.theCase(), this.organisations()));
  /** The goals of the family's plan as it now stands (its draft): an agreement may serve one. */
  private readonly plans = inject(PlansApi);
  protected readonly goals = toSignal(
    toObservable(computed(() => this.tafel().caseId)).pipe(
      switchMap((caseId) =>
        this.plans.overview(caseId).pipe(
          map((plan) => plan.draft?.goals ?? []),
          catchError(() => of<PlanGoal[]>([])),
        ),
      ),
    ),
    { initialValue: [] },
  );

  constructor() {
    const { conditionsDeadline, giOrganisationId } = this.form.controls;
    this.form.controls.decision.valueChanges.pipe(takeUntilDestroyed()).subscribe((decision) => {
      if (decision === 'conditional') conditionsDeadline.enable();
      else conditionsDeadline.disable();
      if (decision === 'handover_to_gi') giOrganisationId.enable();
      else giOrganisationId.disable();
    });
  }

  protected addAgreement(): void {
    this.form.controls.agreements.push(this.agreement());
  }

  protected removeAgreement(index: number): void {
    this.form.controls.agreements.removeAt(index);
  }

  /** The decision closes the tafel and cannot be changed: the chair confirms it first. */
  protected submit(): void {
    if (this.form.invalid) {
      showErrors(this.form, this.host.nativeElement); // the choices' own errors show too, as fields' do
      return;
    }
    const input = this.toInput();
    askConfirmation(this.dialog, {
      title: $localize`:@@decision.confirmTitle:Besluit vastleggen?`,
      intro: [
        $localize`:@@decision.confirmDecision:Besluit: ${DECISION_LABELS[input.decision]}:decision:.`,
        $localize`:@@decision.confirmClosed:Daarna is het gesprek afgesloten en kan het besluit niet meer veranderen. De aantekeningen worden het concept van het verslag; dat kunt u nog verbeteren voordat u het vaststelt.`,
      ],
      confirm: $localize`:@@decision.confirm:Vastleggen en afsluiten`,
      action: {
        send: () => this.api.decide(this.tafel().id, input),
        problem: (error) =>
          [problemMessage(error), ...describeInvalidParams(problemInvalidParams(error))].join(' '),
      },
    }).subscribe((updated) => {
      this.confirmation.show(
        $localize`:@@decision.saved:Het besluit is vastgelegd en staat op de tijdlijn. Het verslag staat klaar als concept.`,
      );
      this.changed.emit(updated);
    });
  }

  private toInput(): DecisionInput {
    const value = this.form.getRawValue();
    const input: DecisionInput = {
      decision: value.decision as Decision,
      rationale: value.rationale.trim(),
      parentsView: value.parentsView as ParentsView,
      parentsViewText: value.parentsViewText.trim(),
      childHeard: value.childHeard as ChildHeard,
      agreements: value.agreements.map((a) => ({
        ...ownerField(a.owner),
        what: a.what.trim(),
        dueDate: a.dueDate,
        ...(a.goalId ? { goalId: a.goalId } : {}),
      })),
    };
    if (value.decision === 'conditional') input.conditionsDeadline = value.conditionsDeadline;
    if (value.decision === 'handover_to_gi') input.giOrganisationId = value.giOrganisationId;
    return input;
  }

  private agreement() {
    return this.fb.group({
      owner: ['', Validators.required],
      what: ['', textValidator(TEXT_MIN_LENGTH, SHORT_TEXT_MAX_LENGTH)],
      dueDate: ['', Validators.required],
      goalId: [''],
    });
  }
}
