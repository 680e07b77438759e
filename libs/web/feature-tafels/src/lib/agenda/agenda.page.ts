import { ChangeDetectionStrategy, Component, computed, inject, LOCALE_ID, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Sitting, TafelSummary } from '@tafel/shared/contracts';
import { AuthStore, loadResource, PATHS, TafelsApi } from '@tafel/web/core';
import { addDays, amsterdamInstant, amsterdamWallClock, formatDate, Loading, mondayOf } from '@tafel/web/ui';
import { catchError, combineLatest, map, Observable, of, switchMap } from 'rxjs';
import { AgendaDay, buildWeek, peopleIn, weekStart } from './agenda-week';
import { SittingDialog, SittingDialogData } from './sitting-dialog';

const WEEK_PARAM = 'week';
/** How far around today to look for secretaries (and chairs) to offer in a new sitting. */
const PEOPLE_WINDOW_DAYS = 56;

/** /agenda — the sittings of one week (Monday to Friday) with free and booked slots. */
@Component({
  selector: 'tafel-agenda-page',
  imports: [RouterLink, MatButtonModule, Loading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agenda.page.html',
  styleUrl: './agenda.page.scss',
})
export class AgendaPage {
  private readonly api = inject(TafelsApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  private readonly locale = inject(LOCALE_ID);
  private readonly version = signal(0);

  protected readonly tafelsPath = PATHS.tafels;
  protected readonly canManage = computed(() => this.auth.hasPermission('sitting:manage'));
  protected readonly monday = toSignal(
    this.route.queryParamMap.pipe(map((params) => weekStart(params.get(WEEK_PARAM)))),
    { requireSync: true },
  );
  protected readonly weekLabel = computed(() => formatDate(this.locale, this.monday()));
  protected readonly saved = signal<string | null>(null);

  /** Booked slots are named after their tafel, for the user who may see it. */
  private readonly tafels$: Observable<TafelSummary[]> = this.auth.hasPermission('tafel:read')
    ? this.api.list().pipe(catchError(() => of([])))
    : of([]);
  protected readonly week = loadResource(
    combineLatest([toObservable(this.monday), toObservable(this.version), this.tafels$]),
    ([monday, , tafels]) => this.load(monday, tafels),
  );

  protected dayLabel(date: string): string {
    return new Intl.DateTimeFormat(this.locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${date}T12:00:00Z`));
  }

  protected move(weeks: number): void {
    this.saved.set(null);
    this.showWeek(addDays(this.monday(), 7 * weeks));
  }

  protected addSitting(): void {
    const me = this.auth.me();
    if (!me) return;
    const today = amsterdamWallClock(new Date()).date;
    this.api
      .sittings({
        from: amsterdamInstant(addDays(today, -PEOPLE_WINDOW_DAYS), '00:00'),
        to: amsterdamInstant(addDays(today, PEOPLE_WINDOW_DAYS), '00:00'),
      })
      .pipe(
        catchError(() => of<Sitting[]>([])),
        switchMap((sittings) =>
          this.dialog
            .open<SittingDialog, SittingDialogData, Sitting>(SittingDialog, {
              width: '36rem',
              maxWidth: 'calc(100vw - 2rem)',
              data: {
                chairs:
                  me.role === 'chair' ? [{ id: me.id, name: me.displayName }] : peopleIn(sittings, 'chair'),
                secretaries: peopleIn(sittings, 'secretary'),
                date: this.monday() > today ? this.monday() : addDays(today, 1),
              },
            })
            .afterClosed(),
        ),
      )
      .subscribe((created) => {
        if (!created) return;
        this.saved.set(formatDate(this.locale, created.startsAt, true));
        const monday = mondayOf(amsterdamWallClock(new Date(created.startsAt)).date);
        if (monday === this.monday()) this.version.update((v) => v + 1);
        else this.showWeek(monday);
      });
  }

  private showWeek(monday: string): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { [WEEK_PARAM]: monday } });
  }

  private load(monday: string, tafels: TafelSummary[]): Observable<AgendaDay[]> {
    return this.api
      .sittings({
        from: amsterdamInstant(monday, '00:00'),
        to: amsterdamInstant(addDays(monday, 5), '00:00'),
      })
      .pipe(map((sittings) => buildWeek(this.locale, monday, sittings, tafels)));
  }
}
