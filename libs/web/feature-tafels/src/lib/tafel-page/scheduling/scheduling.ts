import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  LOCALE_ID,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { REASON_MIN_LENGTH, SlotProposal, TafelDetail } from '@tafel/shared/contracts';
import { problemInvalidParams, problemMessage, ScheduleRequest, TafelsApi } from '@tafel/web/core';
import {
  askReason,
  Confirmation,
  formatDate,
  formatSlot,
  formatTimeRange,
  Loading,
  ReasonDialogData,
  TAFEL_ROLE_LABELS,
} from '@tafel/web/ui';
import { catchError, EMPTY, finalize, map, Observable, of, startWith, switchMap } from 'rxjs';
import { describeInvalidParams } from '../../shared/invalid-params';
import { ChainPartnerForm } from '../participants/chain-partner-form';

type LabelledSlot = SlotProposal & { label: string; time: string };

/** The days shown at first; the rest one click away, so a phone is not a long column of slots. */
export const FIRST_DAYS = 3;
/** The free slots of one day, under the day as a heading (instead of a long list of full dates). */
interface SlotDay {
  day: string;
  slots: LabelledSlot[];
}

type Proposals =
  | { status: 'loading' }
  | { status: 'loaded'; days: SlotDay[] }
  | { status: 'failed'; message: string };

/**
 * Section "Inplannen": first what is still missing at the tafel (with the people picker to add it),
 * then the free slots for everyone per day, the norm marked; and cancelling with a reason. Once the
 * tafel is scheduled, choosing another slot moves it, and the section says so.
 */
@Component({
  selector: 'tafel-scheduling',
  imports: [MatButtonModule, Loading, ChainPartnerForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scheduling.html',
  styleUrl: './scheduling.scss',
})
export class Scheduling {
  readonly tafel = input.required<TafelDetail>();
  readonly changed = output<TafelDetail>();

  private readonly api = inject(TafelsApi);
  private readonly dialog = inject(MatDialog);
  private readonly locale = inject(LOCALE_ID);
  private readonly confirmation = inject(Confirmation);

  protected readonly roleLabels = TAFEL_ROLE_LABELS;
  /** "Raad voor de Kinderbescherming, Gecertificeerde instelling": what must be added first. */
  protected readonly missing = computed(() =>
    this.tafel()
      .missingRoles.map((role) => this.roleLabels[role])
      .join(', '),
  );
  /** When the tafel is planned now, in words; null before it is scheduled. */
  protected readonly plannedAt = computed(() => {
    const tafel = this.tafel();
    return tafel.status === 'scheduled' && tafel.startsAt
      ? formatSlot(this.locale, tafel.startsAt, tafel.endsAt)
      : null;
  });

  protected readonly busy = signal(false);
  protected readonly warnings = signal<string[]>([]);
  protected readonly error = signal<{ message: string; details: string[] } | null>(null);
  protected readonly proposals = signal<Proposals>({ status: 'loading' });
  protected readonly firstDays = FIRST_DAYS;
  protected readonly allDays = signal(false);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  constructor() {
    // Every change to the tafel can change who must be free, so the proposals are asked again.
    toObservable(this.tafel)
      .pipe(
        switchMap((tafel) => this.load(tafel)),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.proposals.set(state));
  }

  /** "Meer dagen tonen": the other days, and the focus on the first of them. */
  protected showAllDays(): void {
    this.allDays.set(true);
    afterNextRender(
      () => this.host.nativeElement.querySelectorAll<HTMLElement>('.day')[FIRST_DAYS]?.focus(),
      {
        injector: this.injector,
      },
    );
  }

  protected choose(slot: SlotProposal): void {
    if (this.busy()) return;
    const request: ScheduleRequest = { sittingId: slot.sittingId, startsAt: slot.startsAt };
    if (this.tafel().status !== 'scheduled') {
      this.schedule(request);
      return;
    }
    this.askReason({
      title: $localize`:@@scheduling.moveTitle:Tafel verplaatsen`,
      intro: [
        $localize`:@@scheduling.moveIntro:Alle deelnemers krijgen een nieuwe uitnodiging. De reden komt op de tijdlijn.`,
      ],
      label: $localize`:@@scheduling.moveReason:Waarom wordt de tafel verplaatst?`,
      confirm: $localize`:@@scheduling.moveConfirm:Verplaatsen`,
    }).subscribe((reason) => this.schedule({ ...request, reason }));
  }

  protected cancel(): void {
    if (this.busy()) return;
    this.askReason({
      title: $localize`:@@scheduling.cancelTitle:Tafel annuleren`,
      intro: [
        $localize`:@@scheduling.cancelIntro:De tafel gaat niet door. Deelnemers die al waren uitgenodigd, krijgen bericht.`,
      ],
      label: $localize`:@@scheduling.cancelReason:Waarom gaat de tafel niet door?`,
      confirm: $localize`:@@scheduling.cancelConfirm:Tafel annuleren`,
    })
      .pipe(switchMap((reason) => this.call(this.api.cancel(this.tafel().id, reason))))
      .subscribe((updated) => {
        this.confirmation.show(
          $localize`:@@scheduling.cancelled:De tafel is geannuleerd. Wie al was uitgenodigd, krijgt bericht.`,
        );
        this.changed.emit(updated);
      });
  }

  private schedule(request: ScheduleRequest): void {
    const moving = !!request.reason;
    this.call(this.api.schedule(this.tafel().id, request)).subscribe((result) => {
      this.warnings.set(result.warnings);
      const when = result.tafel.startsAt
        ? formatSlot(this.locale, result.tafel.startsAt, result.tafel.endsAt)
        : '';
      this.confirmation.show(
        moving
          ? $localize`:@@scheduling.moved:De tafel is verplaatst naar ${when}:when:. Alle deelnemers krijgen een nieuwe uitnodiging.`
          : $localize`:@@scheduling.scheduled:De tafel is gepland op ${when}:when:. Alle deelnemers krijgen een uitnodiging.`,
      );
      this.changed.emit(result.tafel);
    });
  }

  private askReason(data: Omit<ReasonDialogData, 'minLength'>): Observable<string> {
    return askReason(this.dialog, { ...data, minLength: REASON_MIN_LENGTH });
  }

  /** Runs a change: busy while it runs, the problem shown in Dutch when it fails. */
  private call<T>(request: Observable<T>): Observable<T> {
    this.busy.set(true);
    this.error.set(null);
    this.warnings.set([]);
    return request.pipe(
      catchError((error: unknown) => {
        this.error.set({
          message: problemMessage(error),
          details: describeInvalidParams(problemInvalidParams(error)),
        });
        return EMPTY;
      }),
      finalize(() => this.busy.set(false)),
    );
  }

  /** The free slots, without the one the tafel already has. */
  private load(tafel: TafelDetail): Observable<Proposals> {
    const current = tafel.startsAt ? Date.parse(tafel.startsAt) : null;
    return this.api.slotProposals(tafel.id).pipe(
      map(
        (slots): Proposals => ({
          status: 'loaded',
          days: this.byDay(slots.filter((slot) => Date.parse(slot.startsAt) !== current)),
        }),
      ),
      catchError((error: unknown) => of<Proposals>({ status: 'failed', message: problemMessage(error) })),
      startWith<Proposals>({ status: 'loading' }),
    );
  }

  private byDay(slots: SlotProposal[]): SlotDay[] {
    const days: SlotDay[] = [];
    for (const slot of slots) {
      const day = formatDate(this.locale, slot.startsAt, true);
      const labelled = {
        ...slot,
        label: formatSlot(this.locale, slot.startsAt, slot.endsAt),
        time: formatTimeRange(this.locale, slot.startsAt, slot.endsAt),
      };
      const last = days.at(-1);
      if (last?.day === day) last.slots.push(labelled);
      else days.push({ day, slots: [labelled] });
    }
    return days;
  }
}
