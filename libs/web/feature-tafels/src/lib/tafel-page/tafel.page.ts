import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  LOCALE_ID,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { CaseDetail, TafelDetail } from '@tafel/shared/contracts';
import { AuthStore, CasesApi, PATHS, problemMessage, TafelsApi } from '@tafel/web/core';
import { hasVerslag, roomEntry } from '@tafel/web/core/tafels';
import { formatDate, formatSlot, Loading, TafelStatusChip } from '@tafel/web/ui';
import { catchError, distinctUntilChanged, EMPTY, of, switchMap, tap } from 'rxjs';
import { RsvpButtons } from '../shared/rsvp-buttons';
import { tafelHeading } from '../shared/tafel-label';
import { AttendanceForm } from './attendance/attendance-form';
import { backLink } from './back-link';
import { DecisionForm } from './decision/decision-form';
import { Outcome } from './outcome/outcome';
import { Participants } from './participants/participants';
import { Scheduling } from './scheduling/scheduling';

/** /tafels/:id — one tafel: the request, who sits at it, planning, answering, and the chair's decision. */
@Component({
  selector: 'tafel-tafel-page',
  imports: [
    MatButtonModule,
    RouterLink,
    TafelStatusChip,
    RsvpButtons,
    Participants,
    Scheduling,
    AttendanceForm,
    DecisionForm,
    Outcome,
    Loading,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tafel.page.html',
  styleUrl: './tafel.page.scss',
})
export class TafelPage {
  /** The tafel id, bound from the route parameter. */
  readonly id = input.required<string>();

  private readonly api = inject(TafelsApi);
  private readonly cases = inject(CasesApi);
  private readonly auth = inject(AuthStore);
  private readonly locale = inject(LOCALE_ID);

  /** The page the reader came from within the app (null after a reload or a link from a mail). */
  private readonly previousUrl =
    inject(Router).currentNavigation()?.previousNavigation?.finalUrl?.toString() ?? null;

  protected readonly tafelsPath = PATHS.tafels;
  protected readonly casesPath = PATHS.cases;
  protected readonly tafel = signal<TafelDetail | null>(null);
  protected readonly loadError = signal<string | null>(null);
  /** The family, for its members and coordinator; null while loading or when it cannot be read. */
  protected readonly theCase = signal<CaseDetail | null>(null);

  protected back(tafel: TafelDetail) {
    return backLink(this.previousUrl, tafel.caseId);
  }
  protected readonly heading = computed(() => {
    const tafel = this.tafel();
    return tafel ? tafelHeading(tafel) : '';
  });
  protected readonly when = computed(() => {
    const tafel = this.tafel();
    return tafel?.startsAt ? formatSlot(this.locale, tafel.startsAt, tafel.endsAt) : null;
  });
  protected readonly requestedOn = computed(() => {
    const tafel = this.tafel();
    return tafel ? formatDate(this.locale, tafel.requestedAt) : '';
  });
  /** The tafel whose decision asked for this one (the herbespreking of drang): when it was held. */
  protected readonly followsOn = computed(() => {
    const heldAt = this.tafel()?.request.followsTafel?.heldAt;
    return heldAt ? formatDate(this.locale, heldAt) : '';
  });
  protected readonly dueOn = computed(() => {
    const due = this.tafel()?.dueDate;
    return due ? formatDate(this.locale, due) : null;
  });
  /** The live room: to go to (in session, or scheduled today), or opening on a later day. */
  protected readonly room = computed(() => {
    const tafel = this.tafel();
    return tafel ? roomEntry(tafel) : null;
  });
  protected readonly roomOpensOn = computed(() => {
    const startsAt = this.tafel()?.startsAt;
    return startsAt ? formatDate(this.locale, startsAt, true) : '';
  });
  protected readonly hasVerslag = computed(() => {
    const tafel = this.tafel();
    return !!tafel && hasVerslag(tafel.status, this.auth.me()?.role);
  });
  /** The signed-in user's own roles at this tafel. */
  private readonly myRoles = computed(() => {
    const me = this.auth.me();
    return (this.tafel()?.participants ?? []).filter((p) => p.userId === me?.id).map((p) => p.role);
  });
  protected readonly isInvited = computed(() => {
    const me = this.auth.me();
    return (this.tafel()?.participants ?? []).some(
      (p) => p.userId === me?.id && p.invitation !== 'not_invited',
    );
  });
  protected readonly isChair = computed(
    () => this.auth.hasPermission('tafel:decide') && this.myRoles().includes('chair'),
  );
  protected readonly canRecord = computed(
    () =>
      this.auth.hasPermission('tafel:record') &&
      (this.myRoles().includes('chair') || this.myRoles().includes('secretary')),
  );
  /** Scheduling is the case's coordinator's (a GI's jeugdbeschermer holds the permission for their own cases only). */
  protected readonly canSchedule = computed(
    () => this.auth.hasPermission('tafel:schedule') && this.auth.coordinates(this.theCase()),
  );

  constructor() {
    toObservable(this.id)
      .pipe(
        tap(() => {
          this.tafel.set(null);
          this.loadError.set(null);
        }),
        switchMap((id) =>
          this.api.get(id).pipe(
            catchError((error: unknown) => {
              this.loadError.set(problemMessage(error));
              return EMPTY;
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((tafel) => this.tafel.set(tafel));

    toObservable(computed(() => this.tafel()?.caseId))
      .pipe(
        distinctUntilChanged(),
        switchMap((caseId) => (caseId ? this.cases.get(caseId).pipe(catchError(() => of(null))) : of(null))),
        takeUntilDestroyed(),
      )
      .subscribe((detail) => this.theCase.set(detail));
  }

  protected update(tafel: TafelDetail): void {
    this.tafel.set(tafel);
  }
}
