import { ChangeDetectionStrategy, Component, inject, LOCALE_ID, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Handover, PersonOption, REASON_MIN_LENGTH } from '@tafel/shared/contracts';
import { loadResource, PATHS, PeopleApi, problemMessage } from '@tafel/web/core';
import {
  askReason,
  chosenPerson,
  Confirmation,
  formatDate,
  Loading,
  MOMENT_LABELS,
  PersonPick,
  PersonPicker,
  personChosen,
  ProblemAlert,
} from '@tafel/web/ui';
import { Observable } from 'rxjs';
import { ChainApi } from '../chain/chain.api';

/**
 * /gezinnen/overdrachten — the overdrachten waiting for the caller's organisation, each with the
 * family, its gemeente, the sender and why it comes: accept one by choosing the own worker who takes
 * regie (a coordinator or a jeugdbeschermer) — then a link leads to the family —, or return it with a
 * reason. Until it is accepted the sender keeps regie.
 */
@Component({
  selector: 'tafel-handovers-page',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, PersonPicker, ProblemAlert, Loading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './handovers.page.html',
  styleUrl: './handovers.page.scss',
})
export class HandoversPage {
  private readonly chain = inject(ChainApi);
  private readonly people = inject(PeopleApi);
  private readonly dialog = inject(MatDialog);
  private readonly confirmation = inject(Confirmation);
  private readonly locale = inject(LOCALE_ID);

  protected readonly state = loadResource(() => this.chain.incoming());
  /** The worker chosen per overdracht. */
  private readonly pickers = new Map<string, FormControl<PersonPick>>();
  protected readonly busy = signal<string | null>(null);
  /** Accepted on this page: the link to the family that is now the organisation's. */
  protected readonly accepted = signal<readonly Handover[]>([]);
  protected readonly casesPath = PATHS.cases;
  protected readonly momentLabels = MOMENT_LABELS;
  protected readonly errors = signal<Readonly<Partial<Record<string, string>>>>({});
  protected readonly search = (text: string): Observable<PersonOption[]> => this.people.search({ q: text });

  protected picker(handoverId: string): FormControl<PersonPick> {
    let control = this.pickers.get(handoverId);
    if (!control) {
      control = new FormControl<PersonPick>(null, personChosen);
      this.pickers.set(handoverId, control);
    }
    return control;
  }

  protected sentOn(handover: Handover): string {
    return formatDate(this.locale, handover.sentAt);
  }

  protected day(value: string): string {
    return formatDate(this.locale, value);
  }

  protected accept(handover: Handover): void {
    const control = this.picker(handover.id);
    const coordinatorId = chosenPerson(control.value)?.id;
    if (!coordinatorId || this.busy()) {
      control.markAsDirty(); // sent without a form: show the field's error now (formRules)
      return;
    }
    this.busy.set(handover.id);
    this.setError(handover.id, null);
    this.chain.accept(handover.id, coordinatorId).subscribe({
      next: () => {
        const name = chosenPerson(control.value)?.displayName ?? '';
        this.accepted.update((list) => [...list, handover]);
        this.done(
          handover,
          $localize`:@@handovers.accepted:Overdracht ${handover.caseNumber}:caseNumber: geaccepteerd. ${name}:name: heeft nu de regie.`,
        );
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.setError(handover.id, problemMessage(error));
      },
    });
  }

  protected returnIt(handover: Handover): void {
    askReason(this.dialog, {
      title: $localize`:@@handovers.returnTitle:Overdracht teruggeven`,
      intro: [
        $localize`:@@handovers.returnIntro:De verzender houdt de regie en leest uw reden. Zet er geen gegevens van het gezin in die de verzender niet al heeft.`,
      ],
      label: $localize`:@@reason.label:Reden`,
      confirm: $localize`:@@handovers.returnConfirm:Teruggeven`,
      minLength: REASON_MIN_LENGTH,
      action: { send: (reason) => this.chain.returnIt(handover.id, reason), problem: problemMessage },
    }).subscribe(() =>
      this.done(
        handover,
        $localize`:@@handovers.returned:Overdracht ${handover.caseNumber}:caseNumber: is teruggegeven aan de verzender.`,
      ),
    );
  }

  private done(handover: Handover, message: string): void {
    this.busy.set(null);
    this.pickers.delete(handover.id);
    this.state.update((state) =>
      state.status === 'loaded'
        ? { status: 'loaded', value: state.value.filter((h) => h.id !== handover.id) }
        : state,
    );
    this.confirmation.show(message);
  }

  private setError(handoverId: string, message: string | null): void {
    this.errors.update((errors) => {
      const next = { ...errors };
      if (message) next[handoverId] = message;
      else delete next[handoverId];
      return next;
    });
  }
}
