import { HttpErrorResponse } from '@angular/common/http';
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
import { MatSlideToggleChange, MatSlideToggleModule } from '@angular/material/slide-toggle';
import { RouterLink } from '@angular/router';
import {
  CaseDetail,
  CaseMember,
  ChainEvent,
  decidesOwnConsent,
  InvitationCreated,
  isClientRole,
  TafelSummary,
} from '@tafel/shared/contracts';
import {
  AccessLogApi,
  AuthStore,
  CASE_PARAM,
  CasesApi,
  PATHS,
  problemMessage,
  TAFEL_WORK_PERMISSIONS,
  TafelsApi,
} from '@tafel/web/core';
import {
  askHandover,
  askReason,
  Confirmation,
  DIALOG_SIZE,
  formatDate,
  formatSlot,
  Loading,
  MemberList,
  MOMENT_LABELS,
  PhaseChip,
  RegieBadge,
  TafelStatusChip,
  Timeline,
} from '@tafel/web/ui';
import { catchError, EMPTY, filter, Observable, switchMap, tap } from 'rxjs';
import { emergencyReason } from '../emergency/emergency-reason';
import { caseHandover } from '../handover/case-handover';
import { InviteDialog, InviteDialogData } from '../invite/invite-dialog';
import { accountStatus, invitedBefore } from '../invite/account-status';
import { isInvitable } from '../invite/invitable';
import { regieReason } from '../regie/regie-reason';

/** /gezinnen/:id — one family: phase, regie, members, coordinator (with hand-over) and the timeline. */
@Component({
  selector: 'tafel-case-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatSlideToggleModule,
    PhaseChip,
    RegieBadge,
    MemberList,
    Timeline,
    TafelStatusChip,
    Loading,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './case.page.html',
  styleUrl: './case.page.scss',
})
export class CasePage {
  /** The case id, bound from the route parameter. */
  readonly id = input.required<string>();

  private readonly api = inject(CasesApi);
  private readonly dialog = inject(MatDialog);
  private readonly confirmation = inject(Confirmation);
  private readonly auth = inject(AuthStore);
  private readonly tafelsApi = inject(TafelsApi);
  private readonly accessLogApi = inject(AccessLogApi);
  private readonly locale = inject(LOCALE_ID);
  private readonly dateFormat = new Intl.DateTimeFormat(this.locale, {
    dateStyle: 'long',
    timeZone: 'Europe/Amsterdam',
  });
  private readonly eventsVersion = signal(0);
  /** Goes up when the caller's access changed (emergency access granted): load everything again. */
  private readonly accessVersion = signal(0);
  private readonly load = computed(() => ({ id: this.id(), version: this.accessVersion() }));

  /**
   * The caller is the case's active coordinator: the coordinator's actions are theirs alone (a
   * professional holds those permissions for the case they took over, not for every case).
   */
  private readonly coordinates = computed(() => this.auth.coordinates(this.detail()));
  protected readonly canHandOver = computed(
    () => this.coordinates() && this.auth.hasPermission('case:handover'),
  );
  protected readonly canChangeRegie = computed(
    () => this.coordinates() && this.auth.hasPermission('case:regie'),
  );
  protected readonly canRequestTafel = computed(() => this.auth.hasPermission('tafel:request'));
  protected readonly canInvite = computed(
    () => this.coordinates() && this.auth.hasPermission('invitation:create'),
  );
  /** The coordinator records the consent of a child of 16+ on the child's behalf. */
  protected readonly canRecordConsent = computed(
    () => this.coordinates() && this.auth.hasPermission('case:consent'),
  );
  protected readonly decidesOwnConsent = decidesOwnConsent;
  protected readonly invitedBefore = invitedBefore;
  /** "1 december 2046": a calendar date (the retention term of a closed case). */
  protected day(value: string): string {
    return formatDate(this.locale, value);
  }
  protected accountStatus(member: CaseMember): string | null {
    return accountStatus(this.locale, member.account);
  }
  protected readonly savingConsent = signal(false);
  protected readonly consentError = signal<string | null>(null);
  protected readonly canRequestEmergency = computed(() => this.auth.hasPermission('case:emergency'));
  protected readonly canReadPlan = computed(() => this.auth.hasPermission('plan:read'));
  /** Members without an account whom the coordinator can invite. */
  protected readonly invitable = computed(() =>
    this.canInvite() ? (this.detail()?.members ?? []).filter(isInvitable).map((member) => member.id) : [],
  );
  /** Emergency access ("break the glass") granted on this page: to which case, and until when. */
  private readonly emergency = signal<{ caseId: string; until: string } | null>(null);
  protected readonly emergencyUntil = computed(() => {
    const emergency = this.emergency();
    return emergency?.caseId === this.id() ? emergency.until : null;
  });
  /** The case answered 404: not there, or not for this caller (then emergency access may help). */
  protected readonly notFound = signal(false);
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
  /**
   * Which timeline to load: a professional's at once; a family member's only once the case says it is
   * part of their view (not in the restricted view of a parent without custody), so it is never asked in vain.
   */
  private readonly timeline = computed(
    () => {
      const { id, version } = this.load();
      const detail = this.detail();
      const waits = this.isClient() && (detail?.id !== id || detail.timelineWithheld);
      return waits ? null : { id, version, events: this.eventsVersion() };
    },
    { equal: (a, b) => a?.id === b?.id && a?.version === b?.version && a?.events === b?.events },
  );
  protected readonly coordinatorSince = computed(() => {
    const since = this.detail()?.coordinator?.since;
    return since ? this.dateFormat.format(new Date(since)) : null;
  });

  constructor() {
    toObservable(this.load)
      .pipe(
        tap(() => {
          this.detail.set(null);
          this.notFound.set(false);
        }),
        switchMap(({ id }) =>
          this.quietly(this.api.get(id), this.loadError, (failure) =>
            this.notFound.set(failure instanceof HttpErrorResponse && failure.status === 404),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((detail) => this.detail.set(detail));

    toObservable(this.timeline)
      .pipe(
        filter((load) => load !== null),
        switchMap(({ id }) => this.quietly(this.api.events(id), this.eventsError)),
        takeUntilDestroyed(),
      )
      .subscribe((events) => this.events.set(events));

    toObservable(this.load)
      .pipe(
        filter(() => this.canOpenTafels()),
        switchMap(({ id }) => this.quietly(this.tafelsApi.list(id), this.tafelsError)),
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
    askHandover(this.dialog, caseHandover(this.api, caseId)).subscribe((updated) => {
      const name = updated.coordinator?.displayName ?? '';
      this.applyUpdate(updated, $localize`:@@handover.doneTo:De regie is overgedragen aan ${name}:name:.`);
    });
  }

  protected openRegie(detail: CaseDetail): void {
    askReason(this.dialog, regieReason(this.api, detail.id, detail.regieMode)).subscribe((updated) =>
      this.applyUpdate(
        updated,
        updated.regieMode === 'family'
          ? $localize`:@@regieDialog.doneFamily:De regie ligt nu bij het gezin. Dit staat op de tijdlijn.`
          : $localize`:@@regieDialog.doneProfessional:De regie ligt nu bij de regievoerder. Dit staat op de tijdlijn.`,
      ),
    );
  }

  protected openInvite(caseId: string, member: CaseMember): void {
    this.dialog
      .open<InviteDialog, InviteDialogData, InvitationCreated>(InviteDialog, {
        ...DIALOG_SIZE,
        data: {
          caseId,
          memberId: member.id,
          name: `${member.firstName} ${member.lastName}`,
          previousEmail: member.account?.email,
        },
      })
      .afterClosed()
      .subscribe((created) => {
        if (!created) return;
        const { account } = created;
        this.detail.update(
          (detail) =>
            detail && {
              ...detail,
              members: detail.members.map((m) => (m.id === member.id ? { ...m, account } : m)),
            },
        );
        const name = `${member.firstName} ${member.lastName}`;
        this.confirmation.show(
          created.delivery === 'logged'
            ? $localize`:@@invite.doneLogged:De uitnodiging voor ${name}:name: is klaar. Deze demo verstuurt geen e-mail: de link staat in het serverlog.`
            : $localize`:@@invite.doneTo:De uitnodiging is per e-mail verstuurd naar ${name}:name:.`,
        );
      });
  }

  protected recordConsent(caseId: string, member: CaseMember, event: MatSlideToggleChange): void {
    const sharesWithParents = event.checked;
    const name = `${member.firstName} ${member.lastName}`;
    this.savingConsent.set(true);
    this.consentError.set(null);
    this.api.consent(caseId, member.id, { sharesWithParents }).subscribe({
      next: (updated) => {
        this.savingConsent.set(false);
        this.detail.set(updated);
        this.confirmation.show(
          sharesWithParents
            ? $localize`:@@members.consentOn:Toestemming vastgelegd: de ouders mogen het deel van ${name}:name: zien.`
            : $localize`:@@members.consentOff:Toestemming ingetrokken: de ouders zien het deel van ${name}:name: niet meer.`,
        );
      },
      error: (failure: unknown) => {
        this.savingConsent.set(false);
        event.source.checked = !sharesWithParents;
        this.consentError.set(problemMessage(failure));
      },
    });
  }

  protected openEmergency(): void {
    askReason(this.dialog, emergencyReason(this.accessLogApi, this.id())).subscribe((access) => {
      this.emergency.set({ caseId: access.caseId, until: formatSlot(this.locale, access.expiresAt) });
      this.accessVersion.update((version) => version + 1);
    });
  }

  private applyUpdate(updated: CaseDetail, message: string): void {
    this.detail.set(updated);
    this.eventsVersion.update((version) => version + 1);
    this.confirmation.show(message);
  }

  /** Clears the error before the call, stores a Dutch message when it fails, and completes quietly. */
  private quietly<T>(
    call: Observable<T>,
    error: WritableSignal<string | null>,
    onFailure?: (failure: unknown) => void,
  ): Observable<T> {
    error.set(null);
    return call.pipe(
      catchError((failure: unknown) => {
        error.set(problemMessage(failure));
        onFailure?.(failure);
        return EMPTY;
      }),
    );
  }
}
