import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  LOCALE_ID,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { CaseDetail, CaseProfessional, PersonOption } from '@tafel/shared/contracts';
import {
  AuthStore,
  CasesApi,
  loadedValue,
  loadResource,
  OrganisationsApi,
  PeopleApi,
  problemMessage,
} from '@tafel/web/core';
import {
  askConfirmation,
  chosenPerson,
  Confirmation,
  formatDate,
  Loading,
  MeasureList,
  PHASE_LABELS,
  PersonPick,
  PersonPicker,
  personChosen,
  ProblemAlert,
} from '@tafel/web/ui';
import { combineLatest, map, Observable, switchMap } from 'rxjs';
import { MilestoneRecorder } from '../milestones/milestone-recorder';
import { ChainApi } from './chain.api';
import { phaseHistory } from './phase-history';

/**
 * /gezinnen/:id/keten — the family's chain: the professionals on the case (the coordinator adds
 * them, and takes them out of the file when their involvement ends), the court measures (running and ended), a milestone the caller's organisation owns, and the
 * phase history from the chain events.
 */
@Component({
  selector: 'tafel-chain-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    PersonPicker,
    ProblemAlert,
    Loading,
    MeasureList,
    MilestoneRecorder,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './chain.page.html',
  styleUrl: './chain.page.scss',
})
export class ChainPage {
  /** The case id, bound from the route parameter. */
  readonly id = input.required<string>();

  private readonly cases = inject(CasesApi);
  private readonly chain = inject(ChainApi);
  private readonly people = inject(PeopleApi);
  private readonly auth = inject(AuthStore);
  private readonly organisations = inject(OrganisationsApi);
  private readonly confirmation = inject(Confirmation);
  private readonly dialog = inject(MatDialog);
  private readonly locale = inject(LOCALE_ID);

  private readonly version = signal(0);
  private readonly params = toObservable(computed(() => ({ id: this.id(), version: this.version() })));
  protected readonly state = loadResource(this.params, ({ id }) =>
    combineLatest([this.cases.get(id), this.cases.events(id), this.chain.measures(id)]).pipe(
      map(([detail, events, measures]) => ({ detail, events, measures })),
    ),
  );
  protected readonly loaded = computed(() => loadedValue(this.state()));
  /** The caller coordinates this case: they add professionals and take them out of the file. */
  protected readonly coordinates = computed(() => this.auth.coordinates(this.loaded()?.detail));
  protected readonly organisationType = toSignal(
    toObservable(computed(() => this.auth.me()?.organisation?.id ?? null)).pipe(
      switchMap((id) =>
        this.organisations.list().pipe(map((all) => all.find((o) => o.id === id)?.type ?? null)),
      ),
    ),
    { initialValue: null },
  );
  protected readonly phases = computed(() => phaseHistory(this.loaded()?.events ?? []));
  protected readonly phaseLabels = PHASE_LABELS;

  protected readonly professional = new FormControl<PersonPick>(null, personChosen);
  protected readonly adding = signal(false);
  protected readonly addError = signal<string | null>(null);
  protected readonly searchPeople = (text: string): Observable<PersonOption[]> =>
    this.people.search({ q: text });

  protected date(value: string): string {
    return formatDate(this.locale, value);
  }

  protected addProfessional(detail: CaseDetail): void {
    const person = chosenPerson(this.professional.value);
    if (!person || this.adding()) {
      this.professional.markAsDirty(); // sent without a form: show the field's error now (formRules)
      return;
    }
    this.adding.set(true);
    this.addError.set(null);
    this.cases.addProfessional(detail.id, person.id).subscribe({
      next: () => {
        this.adding.set(false);
        this.professional.reset(null);
        this.confirmation.show(
          $localize`:@@chain.professionalAdded:${person.displayName}:name: werkt nu mee aan dit gezin.`,
        );
        this.version.update((v) => v + 1);
      },
      error: (error: unknown) => {
        this.adding.set(false);
        this.addError.set(problemMessage(error));
      },
    });
  }

  /**
   * Asks first, naming the person and what it means; then ends their membership and says so. A seat at
   * a tafel of the family is not ended by this (the dialog says so).
   */
  protected removeProfessional(detail: CaseDetail, person: CaseProfessional): void {
    const name = person.displayName;
    askConfirmation(this.dialog, {
      title: $localize`:@@chain.removeTitle:${name}:name: uit het dossier halen?`,
      intro: [
        $localize`:@@chain.removeIntro:${name}:name: kan het gezin ${detail.familyName}:family: daarna niet meer zien.`,
        $localize`:@@chain.removeSeat:Zit ${name}:name: aan een tafel van dit gezin? Dan blijft ${name}:name: het gezin via die tafel zien.`,
      ],
      confirm: $localize`:@@chain.removeConfirm:Uit het dossier halen`,
      action: {
        send: () => this.cases.removeProfessional(detail.id, person.userId).pipe(map(() => true)),
        problem: problemMessage,
      },
    }).subscribe(() => {
      this.confirmation.show(
        $localize`:@@chain.professionalRemoved:${name}:name: is uit het dossier gehaald.`,
      );
      this.version.update((v) => v + 1);
    });
  }

  protected milestoneRecorded(): void {
    this.confirmation.show($localize`:@@chain.milestoneRecorded:De mijlpaal staat op de tijdlijn.`);
    this.version.update((v) => v + 1);
  }
}
