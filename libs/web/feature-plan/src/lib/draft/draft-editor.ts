import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import {
  FormArray,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  PLAN_SECTION_MAX_LENGTH,
  PLAN_SECTIONS,
  PlanAgreement,
  PlanDraft,
  PlanDraftInput,
  PlanSection,
  SHORT_TEXT_MAX_LENGTH,
  TEXT_MIN_LENGTH,
} from '@tafel/shared/contracts';
import { problemMessage } from '@tafel/web/core';
import { conflictingDraft, PlansApi } from '@tafel/web/core/plans';
import { DIALOG_SIZE, PLAN_SECTION_LABELS, ProblemAlert } from '@tafel/web/ui';
import { ConflictChoice, ConflictDialog, ConflictDialogData } from '../conflict/conflict-dialog';
import { keepMine } from '../conflict/conflict';

type AgreementForm = FormGroup<{
  owner: FormControl<string>;
  what: FormControl<string>;
  dueDate: FormControl<string>;
}>;

/**
 * The draft, per section. Every save names the revision it was based on; when someone else saved in
 * between, the conflict dialog lets the user choose, and nothing is overwritten without that choice.
 */
@Component({
  selector: 'tafel-draft-editor',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ProblemAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './draft-editor.html',
  styleUrl: './draft-editor.scss',
})
export class DraftEditor {
  readonly caseId = input.required<string>();
  readonly draft = input.required<PlanDraft>();
  /** The sections this user writes (all for the coordinator, the family's for a parent). */
  readonly editable = input.required<readonly PlanSection[]>();
  readonly agreementsEditable = input(false);
  /** The draft as the API saved it (or as the other person saved it, when the user took theirs). */
  readonly saved = output<PlanDraft>();

  private readonly api = inject(PlansApi);
  private readonly dialog = inject(MatDialog);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly sections = PLAN_SECTIONS;
  protected readonly labels = PLAN_SECTION_LABELS;
  protected readonly maxLength = PLAN_SECTION_MAX_LENGTH;
  protected readonly form = this.fb.group({
    sections: this.fb.group(
      Object.fromEntries(
        PLAN_SECTIONS.map((s) => [s, this.fb.control('', Validators.maxLength(PLAN_SECTION_MAX_LENGTH))]),
      ) as Record<PlanSection, FormControl<string>>,
    ),
    agreements: this.fb.array<AgreementForm>([]),
  });
  protected readonly error = signal<string | null>(null);
  protected readonly status = signal<string | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    effect(() => this.fill(this.draft()));
  }

  protected isEditable(section: PlanSection): boolean {
    return this.editable().includes(section);
  }

  protected addAgreement(): void {
    this.form.controls.agreements.push(this.agreementForm({ owner: '', what: '', dueDate: '' }));
  }

  protected removeAgreement(index: number): void {
    this.form.controls.agreements.removeAt(index);
  }

  protected save(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.send(this.input(this.draft().revision));
  }

  /** What this user sends: their own sections, and the agreements when they write those. */
  private input(baseRevision: number): PlanDraftInput {
    const value = this.form.getRawValue();
    const sections = Object.fromEntries(this.editable().map((s) => [s, value.sections[s]]));
    return {
      baseRevision,
      sections,
      ...(this.agreementsEditable() ? { agreements: value.agreements } : {}),
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
    for (const section of PLAN_SECTIONS) {
      const control = this.form.controls.sections.controls[section];
      if (this.isEditable(section)) control.enable();
      else control.disable();
    }
    const agreements = this.form.controls.agreements;
    agreements.clear();
    for (const agreement of draft.agreements) agreements.push(this.agreementForm(agreement));
    if (this.agreementsEditable()) agreements.enable();
    else agreements.disable();
    this.form.markAsPristine();
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
    });
  }

  protected get agreementRows(): FormArray<AgreementForm> {
    return this.form.controls.agreements;
  }
}
