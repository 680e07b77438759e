import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  ElementRef,
  Component,
  effect,
  inject,
  input,
  LOCALE_ID,
  output,
  signal,
} from '@angular/core';
import {
  FormArray,
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  FamilyAgreement,
  PLAN_GOAL_MAX_LENGTH,
  PLAN_GOAL_MIN_LENGTH,
  PLAN_GOALS_MAX,
  PLAN_SECTION_MAX_LENGTH,
  PLAN_SECTIONS,
  PLAN_TEXT_SECTIONS,
  PlanAgreement,
  PlanDraft,
  PlanDraftInput,
  PlanGoal,
  PlanTextSection,
  SHORT_TEXT_MAX_LENGTH,
  TEXT_MIN_LENGTH,
} from '@tafel/shared/contracts';
import { problemMessage } from '@tafel/web/core';
import { conflictingDraft, PlansApi } from '@tafel/web/core/plans';
import { DIALOG_SIZE, formatDate, PLAN_SECTION_LABELS, ProblemAlert, showErrors } from '@tafel/web/ui';
import { ConflictChoice, ConflictDialog, ConflictDialogData } from '../conflict/conflict-dialog';
import { keepMine } from '../conflict/conflict';
import { AgreementForm, agreementInput, GoalForm, tafelAgreementState } from './draft-forms';

/**
 * The draft, per section; the goals section holds the goals, each with the plan's agreements that serve
 * it and, read-only with their status, those made at tafels. Every save names the revision it was
 * based on; when someone else saved in between, the conflict dialog lets the user choose, and nothing
 * is overwritten without that choice.
 */
@Component({
  selector: 'tafel-draft-editor',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ProblemAlert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './draft-editor.html',
  styleUrl: './draft-editor.scss',
})
export class DraftEditor {
  readonly caseId = input.required<string>();
  readonly draft = input.required<PlanDraft>();
  /** The text sections this user writes (all for the coordinator, the family's for a parent). */
  readonly editable = input.required<readonly PlanTextSection[]>();
  /** Whether this user writes the goals and the agreements (the coordinator). */
  readonly goalsEditable = input(false);
  /** The family's agreements made at tafels: shown under the goal they serve. */
  readonly tafelAgreements = input<readonly FamilyAgreement[]>([]);
  /** The draft as the API saved it (or as the other person saved it, when the user took theirs). */
  readonly saved = output<PlanDraft>();

  private readonly api = inject(PlansApi);
  private readonly dialog = inject(MatDialog);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly locale = inject(LOCALE_ID);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly sections = PLAN_SECTIONS;
  protected readonly labels = PLAN_SECTION_LABELS;
  protected readonly maxLength = PLAN_SECTION_MAX_LENGTH;
  protected readonly goalMin = PLAN_GOAL_MIN_LENGTH;
  protected readonly goalMax = PLAN_GOAL_MAX_LENGTH;
  protected readonly goalsMax = PLAN_GOALS_MAX;
  protected readonly tafelState = tafelAgreementState;
  protected readonly form = this.fb.group({
    sections: this.fb.group(
      Object.fromEntries(
        PLAN_TEXT_SECTIONS.map((s) => [
          s,
          this.fb.control('', Validators.maxLength(PLAN_SECTION_MAX_LENGTH)),
        ]),
      ) as Record<PlanTextSection, FormControl<string>>,
    ),
    goals: this.fb.array<GoalForm>([]),
    agreements: this.fb.array<AgreementForm>([]),
  });
  protected readonly error = signal<string | null>(null);
  protected readonly status = signal<string | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    effect(() => this.fill(this.draft()));
  }

  protected isEditable(section: PlanTextSection): boolean {
    return this.editable().includes(section);
  }

  protected addGoal(): void {
    this.goalRows.push(this.goalForm({ id: crypto.randomUUID(), text: '' }));
    this.recheckGoalChoices();
  }

  /** The goal's agreements stay, "zonder doel", until the coordinator chooses another goal for them. */
  protected removeGoal(index: number): void {
    const id = this.goalRows.at(index).controls.id.value;
    for (const row of this.agreementRows.controls)
      if (row.controls.goalId.value === id) row.controls.goalId.setValue('');
    this.goalRows.removeAt(index);
    this.recheckGoalChoices();
  }

  protected addAgreement(goalId: string | null): void {
    this.agreementRows.push(this.agreementForm({ owner: '', what: '', dueDate: '', goalId }));
    this.recheckGoalChoices();
  }

  protected removeAgreement(index: number): void {
    this.agreementRows.removeAt(index);
  }

  /** The agreements (with their index in the form) that serve this goal; null: those that serve none of them. */
  protected agreementsOf(goalId: string | null): { row: AgreementForm; index: number }[] {
    const ids = this.goalRows.getRawValue().map((g) => g.id);
    return this.agreementRows.controls
      .map((row, index) => ({ row, index }))
      .filter(({ row }) =>
        goalId === null ? !ids.includes(row.controls.goalId.value) : row.controls.goalId.value === goalId,
      );
  }

  protected tafelAgreementsOf(goalId: string): readonly FamilyAgreement[] {
    return this.tafelAgreements().filter((a) => a.goalId === goalId);
  }

  protected day(date: string): string {
    return formatDate(this.locale, date);
  }

  protected save(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      showErrors(this.form, this.host.nativeElement);
      return;
    }
    this.send(this.input(this.draft().revision));
  }

  /** What this user sends: their own sections, and the goals and agreements when they write those. */
  private input(baseRevision: number): PlanDraftInput {
    const value = this.form.getRawValue();
    const sections = Object.fromEntries(this.editable().map((s) => [s, value.sections[s]]));
    return {
      baseRevision,
      sections,
      ...(this.goalsEditable()
        ? { goals: value.goals, agreements: value.agreements.map(agreementInput) }
        : {}),
    };
  }

  private send(input: PlanDraftInput): void {
    this.busy.set(true);
    this.error.set(null);
    this.status.set(null);
    this.api.save(this.caseId(), input).subscribe({
      next: (draft) => {
        this.busy.set(false);
        this.status.set($localize`:@@planDraft.saved:Opgeslagen.`);
        this.saved.emit(draft);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const theirs = conflictingDraft(error);
        if (theirs) this.resolve(input, theirs);
        else this.error.set(problemMessage(error));
      },
    });
  }

  private resolve(mine: PlanDraftInput, theirs: PlanDraft): void {
    this.dialog
      .open<ConflictDialog, ConflictDialogData, ConflictChoice>(ConflictDialog, {
        ...DIALOG_SIZE,
        width: '48rem',
        data: { mine, theirs },
      })
      .afterClosed()
      .subscribe((choice) => {
        if (choice === 'mine') this.send(keepMine(mine, theirs));
        else if (choice === 'theirs') this.saved.emit(theirs);
      });
  }

  private fill(draft: PlanDraft): void {
    this.form.controls.sections.setValue(draft.sections);
    for (const section of PLAN_TEXT_SECTIONS) {
      const control = this.form.controls.sections.controls[section];
      if (this.isEditable(section)) control.enable();
      else control.disable();
    }
    const { goals, agreements } = this.form.controls;
    goals.clear();
    for (const goal of draft.goals) goals.push(this.goalForm(goal));
    agreements.clear();
    for (const agreement of draft.agreements) agreements.push(this.agreementForm(agreement));
    for (const rows of [goals, agreements]) {
      if (this.goalsEditable()) rows.enable();
      else rows.disable();
    }
    this.recheckGoalChoices();
    this.form.markAsPristine();
  }

  /**
   * In a plan with goals every agreement names one (the API publishes it only then); adding the first
   * goal or removing the last changes that.
   */
  private recheckGoalChoices(): void {
    const required = this.goalRows.length > 0;
    for (const { controls } of this.agreementRows.controls) {
      controls.goalId.setValidators(required ? Validators.required : null);
      controls.goalId.updateValueAndValidity();
    }
  }

  private goalForm(g: PlanGoal): GoalForm {
    return this.fb.group({
      id: [g.id],
      text: [
        g.text,
        [
          Validators.required,
          Validators.minLength(PLAN_GOAL_MIN_LENGTH),
          Validators.maxLength(PLAN_GOAL_MAX_LENGTH),
        ],
      ],
    });
  }

  private agreementForm(a: PlanAgreement): AgreementForm {
    return this.fb.group({
      owner: [a.owner, [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
      what: [
        a.what,
        [
          Validators.required,
          Validators.minLength(TEXT_MIN_LENGTH),
          Validators.maxLength(SHORT_TEXT_MAX_LENGTH),
        ],
      ],
      dueDate: [a.dueDate, Validators.required],
      goalId: [a.goalId ?? ''],
    });
  }

  protected get goalRows(): FormArray<GoalForm> {
    return this.form.controls.goals;
  }

  protected get agreementRows(): FormArray<AgreementForm> {
    return this.form.controls.agreements;
  }
}
