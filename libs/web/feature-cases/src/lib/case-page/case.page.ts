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
import { CaseDetail, ChainEvent, isClientRole } from '@tafel/shared/contracts';
import { AuthStore, CasesApi, problemMessage } from '@tafel/web/core';
import { MemberList, PhaseChip, RegieBadge, Timeline } from '@tafel/web/ui';
import { catchError, EMPTY, Observable, switchMap, tap } from 'rxjs';
import { HandoverDialog, HandoverDialogData } from '../handover/handover-dialog';
import { RegieDialog, RegieDialogData } from '../regie/regie-dialog';

const DIALOG_SIZE = { width: '32rem', maxWidth: 'calc(100vw - 2rem)' };

/** /gezinnen/:id — one family: phase, regie, members, coordinator (with hand-over) and the timeline. */
@Component({
  selector: 'tafel-case-page',
  imports: [RouterLink, MatButtonModule, PhaseChip, RegieBadge, MemberList, Timeline],
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
  private readonly dateFormat = new Intl.DateTimeFormat(inject(LOCALE_ID), {
    dateStyle: 'long',
    timeZone: 'Europe/Amsterdam',
  });
  private readonly eventsVersion = signal(0);

  protected readonly canHandOver = computed(() => this.auth.hasPermission('case:handover'));
  protected readonly canChangeRegie = computed(() => this.auth.hasPermission('case:regie'));
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
