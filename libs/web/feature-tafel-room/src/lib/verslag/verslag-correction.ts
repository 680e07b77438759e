import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  PARENTS_VIEW_MIN_LENGTH,
  RATIONALE_MIN_LENGTH,
  TEXT_MAX_LENGTH,
  VERSLAG_SECTION_MAX_LENGTH,
  Verslag,
  VerslagCorrection,
} from '@tafel/shared/contracts';
import { problemMessage } from '@tafel/web/core';
import { Confirmation, ProblemAlert } from '@tafel/web/ui';
import { VerslagApi } from '../verslag.api';

/**
 * The chair's or secretary's corrections of the draft verslag before it is adopted: the notes of each
 * agenda item (frozen when the decision was recorded), the rationale and the parents' view in their words.
 * The family sees none of it until the verslag is adopted.
 */
@Component({
  selector: 'tafel-verslag-correction',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ProblemAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="correction" (ngSubmit)="save()" aria-labelledby="v-correct">
      <h2 id="v-correct" i18n="@@verslag.correctTitle">Concept verbeteren</h2>
      <p i18n="@@verslag.correctHelp">
        Verbeter hier tikfouten of vul aan voordat u het verslag vaststelt. Na het vaststellen kan dat niet
        meer.
      </p>
      @for (section of sections(); track section.key; let i = $index) {
        <mat-form-field appearance="outline">
          <mat-label>{{ section.title }}</mat-label>
          <textarea
            matInput
            rows="4"
            [name]="'section-' + section.key"
            [maxlength]="sectionMax"
            [ngModel]="section.text"
            (ngModelChange)="setSection(i, $event)"
          ></textarea>
        </mat-form-field>
      }
      @if (rationale() !== null) {
        <mat-form-field appearance="outline">
          <mat-label i18n="@@verslag.correctRationale">Onderbouwing van het besluit</mat-label>
          <textarea
            matInput
            rows="4"
            name="rationale"
            required
            [minlength]="rationaleMin"
            [maxlength]="textMax"
            [ngModel]="rationale()"
            (ngModelChange)="rationale.set($event)"
          ></textarea>
        </mat-form-field>
      }
      @if (parentsViewText() !== null) {
        <mat-form-field appearance="outline">
          <mat-label i18n="@@verslag.correctParentsView">Wat ouders van het besluit vinden</mat-label>
          <textarea
            matInput
            rows="3"
            name="parentsViewText"
            required
            [minlength]="parentsViewMin"
            [maxlength]="textMax"
            [ngModel]="parentsViewText()"
            (ngModelChange)="parentsViewText.set($event)"
          ></textarea>
        </mat-form-field>
      }
      <tafel-problem-alert [message]="problem()" />
      <button
        mat-stroked-button
        type="submit"
        [disabled]="busy()"
        [attr.aria-busy]="busy()"
        i18n="@@verslag.correctSave"
      >
        Concept opslaan
      </button>
    </form>
  `,
  styles: `
    .correction mat-form-field {
      width: 100%;
    }
  `,
})
export class VerslagCorrectionForm {
  readonly tafelId = input.required<string>();
  /** The draft as it is now; the form starts from it (again, whenever a new draft comes in). */
  readonly draft = input.required<Verslag>();
  /** The corrected draft, once saved. */
  readonly saved = output<Verslag>();

  private readonly api = inject(VerslagApi);
  private readonly confirmation = inject(Confirmation);

  protected readonly sections = linkedSignal(() => this.draft().content.discussion.map((s) => ({ ...s })));
  protected readonly rationale = linkedSignal(() => this.draft().content.rationale);
  protected readonly parentsViewText = linkedSignal(() => this.draft().content.parentsViewText);
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly sectionMax = VERSLAG_SECTION_MAX_LENGTH;
  protected readonly textMax = TEXT_MAX_LENGTH;
  protected readonly rationaleMin = RATIONALE_MIN_LENGTH;
  protected readonly parentsViewMin = PARENTS_VIEW_MIN_LENGTH;

  protected setSection(index: number, text: string): void {
    this.sections.update((all) => all.map((s, i) => (i === index ? { ...s, text } : s)));
  }

  protected save(): void {
    if (this.busy()) return;
    const rationale = this.rationale();
    const parentsViewText = this.parentsViewText();
    if (rationale !== null && rationale.trim().length < RATIONALE_MIN_LENGTH) {
      this.problem.set(
        $localize`:@@verslag.correctRationaleShort:Schrijf bij de onderbouwing minstens ${RATIONALE_MIN_LENGTH}:min: tekens.`,
      );
      return;
    }
    if (parentsViewText !== null && parentsViewText.trim().length < PARENTS_VIEW_MIN_LENGTH) {
      this.problem.set(
        $localize`:@@verslag.correctParentsViewEmpty:Schrijf op wat de ouders van het besluit vinden.`,
      );
      return;
    }
    const correction: VerslagCorrection = {
      discussion: this.sections().map(({ key, text }) => ({ key, text })),
      ...(rationale !== null ? { rationale } : {}),
      ...(parentsViewText !== null ? { parentsViewText } : {}),
    };
    this.busy.set(true);
    this.problem.set(null);
    this.api.correct(this.tafelId(), correction).subscribe({
      next: (verslag) => {
        this.busy.set(false);
        this.confirmation.show($localize`:@@verslag.corrected:Het concept is opgeslagen.`);
        this.saved.emit(verslag);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(problemMessage(error));
      },
    });
  }
}
