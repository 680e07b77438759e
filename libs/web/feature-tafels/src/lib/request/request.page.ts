import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import {
  CaseDetail,
  MOMENT_TYPES,
  MomentType,
  REQUEST_REASON_MIN_LENGTH,
  TEXT_MIN_LENGTH,
} from '@tafel/shared/contracts';
import { CasesApi, PATHS, problemInvalidParams, problemMessage, TafelsApi } from '@tafel/web/core';
import { Confirmation, Loading, MOMENT_LABELS } from '@tafel/web/ui';
import { catchError, EMPTY, filter, map, startWith, switchMap, tap } from 'rxjs';
import { describeInvalidParams } from '../shared/invalid-params';
import {
  applyRules,
  buildRequestForm,
  needsFamiliegroepsplan,
  needsHelpTried,
  toRequestInput,
} from './request-form';

/** What each moment is for, as a hint under the "Moment" field. */
const MOMENT_HINTS: Readonly<Record<MomentType, string>> = {
  toeleiding: $localize`:@@request.hint.toeleiding:Er zijn zorgen over de veiligheid van een kind. De tafel bespreekt of de Raad voor de Kinderbescherming onderzoek moet doen.`,
  overdracht: $localize`:@@request.hint.overdracht:Het raadsonderzoek is klaar. De tafel regelt een warme overdracht aan de gecertificeerde instelling.`,
  afschaling: $localize`:@@request.hint.afschaling:De gecertificeerde instelling wil de maatregel beëindigen of niet verlengen.`,
  herbespreking: $localize`:@@request.hint.herbespreking:De drangperiode loopt af, of de afspraken worden niet nagekomen.`,
};

/** The API's field names, as the form labels them (for showing what the API refused). */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  momentType: $localize`:@@request.moment:Moment`,
  reason: $localize`:@@request.reason:Reden van de aanvraag`,
  voluntaryHelpTried: $localize`:@@request.helpTried:Welke vrijwillige hulp is geprobeerd?`,
  familiegroepsplanOffered: $localize`:@@request.fgp:Is een familiegroepsplan aangeboden?`,
  parentsReaction: $localize`:@@request.parentsReaction:Reactie van de ouders (in hun eigen woorden)`,
  parentsUnreachableReason: $localize`:@@request.unreachableReason:Waarom waren de ouders niet bereikbaar?`,
  consentToShare: $localize`:@@request.consentField:Ouders geven toestemming om gegevens te delen met de tafelpartners`,
};

/** /tafels/nieuw?gezin=<caseId> — the verzoek tot bespreking, with guidance per field. */
@Component({
  selector: 'tafel-request-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatRadioModule,
    MatCheckboxModule,
    MatButtonModule,
    Loading,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './request.page.html',
  styleUrl: './request.page.scss',
})
export class RequestPage {
  /** The case id, bound from the query parameter ?gezin=. */
  readonly gezin = input<string>();

  private readonly tafels = inject(TafelsApi);
  private readonly cases = inject(CasesApi);
  private readonly router = inject(Router);
  private readonly confirmation = inject(Confirmation);

  protected readonly casesPath = PATHS.cases;
  protected readonly moments = MOMENT_TYPES;
  protected readonly momentLabels = MOMENT_LABELS;
  protected readonly momentHints = MOMENT_HINTS;
  protected readonly reasonMin = REQUEST_REASON_MIN_LENGTH;
  protected readonly textMin = TEXT_MIN_LENGTH;
  protected readonly form = buildRequestForm(inject(NonNullableFormBuilder));
  protected readonly theCase = signal<CaseDetail | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly submitError = signal<{ message: string; details: string[] } | null>(null);

  private readonly value = toSignal(
    this.form.valueChanges.pipe(
      startWith(null),
      map(() => this.form.getRawValue()),
    ),
    { requireSync: true },
  );
  protected readonly moment = computed(() => this.value().momentType);
  protected readonly showHelpTried = computed(() => needsHelpTried(this.moment()));
  protected readonly showFamiliegroepsplan = computed(() => needsFamiliegroepsplan(this.moment()));
  protected readonly unreachable = computed(() => this.value().parentsUnreachable);

  constructor() {
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => applyRules(this.form));
    toObservable(this.gezin)
      .pipe(
        tap(() => this.theCase.set(null)),
        filter((id): id is string => !!id),
        switchMap((id) =>
          this.cases.get(id).pipe(
            catchError((error: unknown) => {
              this.loadError.set(problemMessage(error));
              return EMPTY;
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((detail) => this.theCase.set(detail));
  }

  protected submit(caseId: string): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsDirty(); // the choices' own errors show from here, as fields' do (formRules)
      return;
    }
    this.busy.set(true);
    this.submitError.set(null);
    this.tafels.request(toRequestInput(caseId, this.form)).subscribe({
      next: (created) => {
        this.confirmation.show($localize`:@@request.submitted:De aanvraag is ingediend.`);
        void this.router.navigate([PATHS.tafels, created.id]);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.submitError.set({
          message: problemMessage(error),
          details: describeInvalidParams(problemInvalidParams(error), FIELD_LABELS),
        });
      },
    });
  }
}
