import { ChangeDetectionStrategy, Component, inject, input, LOCALE_ID, output, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { REASON_MIN_LENGTH, SlotProposal, TafelDetail } from '@tafel/shared/contracts';
import { problemInvalidParams, problemMessage, ScheduleRequest, TafelsApi } from '@tafel/web/core';
import { askReason, formatSlot, Loading, ReasonDialogData } from '@tafel/web/ui';
import { catchError, EMPTY, finalize, map, Observable, of, startWith, switchMap } from 'rxjs';
import { describeInvalidParams } from '../../shared/invalid-params';

type Proposals =
  | { status: 'loading' }
  | { status: 'loaded'; slots: (SlotProposal & { label: string })[] }
  | { status: 'failed'; message: string };

/** Section "Inplannen": free slots for everyone, the norm marked; and cancelling with a reason. */
@Component({
  selector: 'tafel-scheduling',
  imports: [MatButtonModule, Loading],
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

  protected readonly busy = signal(false);
  protected readonly warnings = signal<string[]>([]);
  protected readonly error = signal<{ message: string; details: string[] } | null>(null);
  protected readonly proposals = signal<Proposals>({ status: 'loading' });

  constructor() {
    // Every change to the tafel can change who must be free, so the proposals are asked again.
    toObservable(this.tafel)
      .pipe(
        switchMap((tafel) => this.load(tafel)),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.proposals.set(state));
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
      .subscribe((updated) => this.changed.emit(updated));
  }

  private schedule(request: ScheduleRequest): void {
    this.call(this.api.schedule(this.tafel().id, request)).subscribe((result) => {
      this.warnings.set(result.warnings);
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
          slots: slots
            .filter((slot) => Date.parse(slot.startsAt) !== current)
            .map((slot) => ({ ...slot, label: formatSlot(this.locale, slot.startsAt, slot.endsAt) })),
        }),
      ),
      catchError((error: unknown) => of<Proposals>({ status: 'failed', message: problemMessage(error) })),
      startWith<Proposals>({ status: 'loading' }),
    );
  }
}
