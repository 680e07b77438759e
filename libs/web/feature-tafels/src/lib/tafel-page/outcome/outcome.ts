import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  LOCALE_ID,
  output,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { Agreement, Organisation, TafelDetail } from '@tafel/shared/contracts';
import { AuthStore, OrganisationsApi, problemMessage, TafelsApi } from '@tafel/web/core';
import {
  CHILD_HEARD_LABELS,
  Confirmation,
  DECISION_LABELS,
  formatDate,
  PARENTS_VIEW_LABELS,
} from '@tafel/web/ui';
import { catchError, of } from 'rxjs';

/** Region "Besluit" after the tafel: the decision, the parents' view and the agreements to follow up. */
@Component({
  selector: 'tafel-outcome',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './outcome.html',
  styleUrl: './outcome.scss',
})
export class Outcome {
  readonly tafel = input.required<TafelDetail>();
  readonly changed = output<TafelDetail>();

  private readonly api = inject(TafelsApi);
  private readonly confirmation = inject(Confirmation);
  private readonly auth = inject(AuthStore);
  private readonly locale = inject(LOCALE_ID);

  protected readonly decisionLabels = DECISION_LABELS;
  protected readonly parentsViewLabels = PARENTS_VIEW_LABELS;
  protected readonly childHeardLabels = CHILD_HEARD_LABELS;
  protected readonly canUpdate = computed(() => this.auth.hasPermission('agreement:update'));
  protected readonly busy = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  private readonly organisations = toSignal(
    inject(OrganisationsApi)
      .list()
      .pipe(catchError(() => of<Organisation[]>([]))),
    { initialValue: [] },
  );
  /** The GI a case is handed over to, by name. */
  protected readonly gi = computed(() => {
    const id = this.tafel().decision?.giOrganisationId;
    return id ? (this.organisations().find((o) => o.id === id)?.name ?? null) : null;
  });

  protected date(value: string): string {
    return formatDate(this.locale, value);
  }

  protected setStatus(agreement: Agreement, status: Agreement['status']): void {
    if (this.busy()) return;
    this.busy.set(agreement.id);
    this.error.set(null);
    this.api.setAgreementStatus(agreement.id, status).subscribe({
      next: (updated) => {
        this.busy.set(null);
        this.confirmation.show(
          status === 'done'
            ? $localize`:@@outcome.agreementDone:De afspraak staat op gedaan.`
            : $localize`:@@outcome.agreementOpen:De afspraak staat weer open.`,
        );
        this.changed.emit(updated);
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.error.set(problemMessage(error));
      },
    });
  }
}
