import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  LOCALE_ID,
  signal,
  WritableSignal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { CaseDetail, ChainEvent, isClientRole, TafelSummary } from '@tafel/shared/contracts';
import {
  AuthStore,
  CASE_PARAM,
  CasesApi,
  PATHS,
  problemMessage,
  TAFEL_WORK_PERMISSIONS,
  TafelsApi,
} from '@tafel/web/core';
import {
  formatDate,
  formatSlot,
  MemberList,
  MOMENT_LABELS,
  PhaseChip,
  RegieBadge,
  TafelStatusChip,
  Timeline,
} from '@tafel/web/ui';
import { catchError, EMPTY, filter, Observable, switchMap, tap } from 'rxjs';
import { HandoverDialog, HandoverDialogData } from '../handover/handover-dialog';
import { RegieDialog, RegieDialogData } from '../regie/regie-dialog';

const DIALOG_SIZE = { width: '32rem', maxWidth: 'calc(100vw - 2rem)' };

/** /gezinnen/:id — one family: phase, regie, members, coordinator (with hand-over) and the timeline. */
@Component({
  selector: 'tafel-case-page',
  imports: [RouterLink, MatButtonModule, PhaseChip, RegieBadge, MemberList, Timeline, TafelStatusChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './case.page.html',
  styleUrl: './case.page.scss',
})
export class CasePage {
  /** The case id, bound from the route parameter. */
  readonly id = input.required<string>();

  private readonly api = inject(CasesApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly auth = inject(AuthStore);
  private readonly tafelsApi = inject(TafelsApi);
  private readonly locale = inject(LOCALE_ID);
  private readonly dateFormat = new Intl.DateTimeFormat(this.locale, {
    dateStyle: 'long',
    timeZone: 'Europe/Amsterdam',
  });
  private readonly eventsVersion = signal(0);

  protected readonly canHandOver = computed(() => this.auth.hasPermission('case:handover'));
  protected readonly canChangeRegie = computed(() => this.auth.hasPermission('case:regie'));
  protected readonly canRequestTafel = computed(() => this.auth.hasPermission('tafel:request'));
  protected readonly canOpenTafels = computed(() =>
    TAFEL_WORK_PERMISSIONS.some((permission) => this.auth.hasPermission(permission)),
  );
  protected readonly newTafelPath = PATHS.newTafel;
  protected readonly tafelsPath = PATHS.tafels;
  /** ?gezin=<id> for the request form. */
  protected readonly newTafelQuery = computed(() => ({ [CASE_PARAM]: this.id() }));
  protected readonly tafels = signal<TafelSummary[] | null>(null);
  protected readonly tafelsError = signal<string | null>(null);
  protected readonly isClient = computed(() => {
    const me = this.auth.me();
    return me !== null && isClientRole(me.role);
  });
  protected readonly detail = signal<CaseDetail | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly events = signal<ChainEvent[] | null>(null);
  protected readonly eventsError = signal<string | null>(null);
  protected readonly coordinatorSince = computed(() => {
    const since = this.detail()?.coordinator?.since;
    return since ? this.dateFormat.format(new Date(since)) : null;
  });

  constructor() {
    toObservable(this.id)
      .pipe(
        tap(() => this.detail.set(null)),
        switchMap((id) => this.quietly(this.api.get(id), this.loadError)),
        takeUntilDestroyed(),
      )
      .subscribe((detail) => this.detail.set(detail));

    toObservable(computed(() => ({ id: this.id(), version: this.eventsVersion() })))
      .pipe(
        switchMap(({ id }) => this.quietly(this.api.events(id), this.eventsError)),
        takeUntilDestroyed(),
      )
      .subscribe((events) => this.events.set(events));

    toObservable(this.id)
      .pipe(
        filter(() => this.canOpenTafels()),
        switchMap((id) => this.quietly(this.tafelsApi.list(id), this.tafelsError)),
        takeUntilDestroyed(),
      )
      .subscribe((tafels) => this.tafels.set(tafels));
  }

  /** "Toeleiding — dinsdag 14 april 2026, 09:00–10:00", or the request date while it has no date yet. */
  protected tafelLinkText(tafel: TafelSummary): string {
    const moment = MOMENT_LABELS[tafel.momentType];
    return tafel.startsAt
      ? `${moment} — ${formatSlot(this.locale, tafel.startsAt, tafel.endsAt)}`
      : $localize`:@@case.tafelRequestedOn:${moment}:moment: — aangevraagd op ${formatDate(this.locale, tafel.requestedAt)}:date:`;
  }

  protected openHandover(caseId: string): void {
    this.dialog
      .open<HandoverDialog, HandoverDialogData, CaseDetail>(HandoverDialog, {
        ...DIALOG_SIZE,
        data: { caseId },
      })
      .afterClosed()
      .subscribe((updated) => {
        if (updated) this.applyUpdate(updated, $localize`:@@handover.done:Regie overgedragen`);
      });
  }

  protected openRegie(detail: CaseDetail): void {
    this.dialog
      .open<RegieDialog, RegieDialogData, CaseDetail>(RegieDialog, {
        ...DIALOG_SIZE,
        data: { caseId: detail.id, current: detail.regieMode },
      })
      .afterClosed()
      .subscribe((updated) => {
        if (updated) this.applyUpdate(updated, $localize`:@@regieDialog.done:Regie gewijzigd`);
      });
  }

  private applyUpdate(updated: CaseDetail, message: string): void {
    this.detail.set(updated);
    this.eventsVersion.update((version) => version + 1);
    this.snackBar.open(message, $localize`:@@snackbar.close:Sluiten`, { duration: 6000 });
  }

  /** Clears the error before the call, stores a Dutch message when it fails, and completes quietly. */
  private quietly<T>(call: Observable<T>, error: WritableSignal<string | null>): Observable<T> {
    error.set(null);
    return call.pipe(
      catchError((failure: unknown) => {
        error.set(problemMessage(failure));
        return EMPTY;
      }),
    );
  }
}
