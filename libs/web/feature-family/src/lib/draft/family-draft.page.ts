import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import {
  FAMILY_SECTIONS,
  PLAN_SECTION_MAX_LENGTH,
  PLAN_SECTIONS,
  PlanDraft,
  PlanTextSection,
} from '@tafel/shared/contracts';
import { AuthStore, loadedValue, loadResource, PATHS, problemMessage } from '@tafel/web/core';
import { conflictingDraft, PlansApi } from '@tafel/web/core/plans';
import { Confirmation, Loading, ProblemAlert } from '@tafel/web/ui';
import { PARENT_SECTION_TITLES } from '../family-texts';
import { GoalAgreements, ShownAgreement } from '../goals/goal-agreements';
import { loadFamilyData } from '../portal/family-data';
import { sectionText } from '../portal/plan-answers';

/**
 * /mijn-gezin/plan — "Schrijf mee aan het plan": under family regie a parent writes the family's own
 * part of the draft (the sections the API lets the family write, FAMILY_SECTIONS), on a phone, in
 * plain Dutch, and reads what the coordinator wrote in the other parts. Whoever may not write the draft
 * (professional regie, a parent without custody, a child) is told so, with the way back.
 */
@Component({
  selector: 'tafel-family-draft-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    Loading,
    ProblemAlert,
    GoalAgreements,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './family-draft.page.html',
  styleUrl: './family-draft.page.scss',
})
export class FamilyDraftPage {
  private readonly auth = inject(AuthStore);
  private readonly api = inject(PlansApi);
  private readonly confirmation = inject(Confirmation);

  protected readonly paths = PATHS;
  protected readonly titles = PARENT_SECTION_TITLES;
  protected readonly sectionText = sectionText;
  protected readonly maxLength = PLAN_SECTION_MAX_LENGTH;
  protected readonly editable = FAMILY_SECTIONS;
  protected readonly readOnly = PLAN_SECTIONS.filter((s) => s === 'goals' || !FAMILY_SECTIONS.includes(s));
  protected readonly state = loadResource(loadFamilyData());
  protected readonly child = computed(() => this.auth.me()?.role === 'child');
  /** The draft as the API shows it to this reader: only to a parent who writes it (family regie). */
  protected readonly draft = signal<PlanDraft | null>(null);
  /** Under each goal of the draft: its agreements, and those made at tafels with their status. */
  protected readonly goalAgreements = computed<ShownAgreement[]>(() => [
    ...(this.draft()?.agreements ?? []),
    ...(loadedValue(this.state())?.agreements ?? []).filter((a) => a.source === 'tafel'),
  ]);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group(
    Object.fromEntries(
      FAMILY_SECTIONS.map((s) => [s, this.fb.control('', Validators.maxLength(PLAN_SECTION_MAX_LENGTH))]),
    ) as Record<PlanTextSection, FormControl<string>>,
  );
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    effect(() => {
      const draft = loadedValue(this.state())?.overview?.draft ?? null;
      const writes = this.auth.hasPermission('plan:edit') && !this.child();
      this.draft.set(writes ? draft : null);
      if (draft) this.form.patchValue(draft.sections);
    });
  }

  protected save(): void {
    const draft = this.draft();
    if (!draft || this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    const sections = this.form.getRawValue();
    this.api.save(draft.caseId, { baseRevision: draft.revision, sections }).subscribe({
      next: (saved) => {
        this.busy.set(false);
        this.draft.set(saved);
        this.confirmation.show(
          $localize`:@@familyDraft.saved:Opgeslagen. Uw regievoerder ziet dit in het concept.`,
        );
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        // The coordinator saved in between: show their draft, keep what the parent wrote, save again.
        const theirs = conflictingDraft(failure);
        if (theirs) this.draft.set(theirs);
        this.error.set(
          theirs
            ? $localize`:@@familyDraft.conflict:Uw regievoerder heeft het concept net veranderd. Uw tekst staat er nog. Lees hieronder wat er nu staat en klik nog een keer op Opslaan.`
            : problemMessage(failure),
        );
      },
    });
  }
}
