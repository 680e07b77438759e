import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { isClientRole } from '@tafel/shared/contracts';
import {
  addressReader,
  AuthStore,
  FAMILY_TAFEL_ROLES,
  HttpActivity,
  PATHS,
  SessionWatch,
  TAFEL_WORK_PERMISSIONS,
} from '@tafel/web/core';
import { HttpProgress, SessionWarning } from '@tafel/web/ui/progress';
import { ROLE_LABELS } from '@tafel/web/ui/labels';
import { filter, map, pairwise } from 'rxjs';

interface NavItem {
  path: string;
  label: string;
}

/**
 * The frame around every signed-in page: skip link, top bar with role-based navigation, and <main>.
 * Not hydrated, built afresh over its prerendered frame: that frame has no user, so no menu, and the
 * menu's rows in the browser would push the hydrated page down (a layout shift of 0.26 on the case list).
 */
@Component({
  selector: 'tafel-shell',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, HttpProgress, SessionWarning],
  host: { ngSkipHydration: 'true' },
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  protected readonly session = inject(SessionWatch);
  protected readonly staying = signal(false);
  protected readonly stayProblem = signal<string | null>(null);
  /** One progress bar for every load and save that takes a while. */
  protected readonly busy = inject(HttpActivity).busy;

  protected readonly me = this.auth.me;
  /** A child is addressed with "je": the session warning, and the problem messages (`addressReader`). */
  protected readonly child = computed(() => this.me()?.role === 'child');
  protected readonly roleLabel = computed(() => {
    const me = this.me();
    return me ? ROLE_LABELS[me.role] : '';
  });
  protected readonly nav = computed<NavItem[]>(() => {
    const me = this.me();
    // Nobody yet: the prerendered frame of a page, before the browser knows who is signed in.
    if (!me) return [];
    const items: NavItem[] = [];
    if (!this.auth.hasPermission('case:read')) {
      items.push({ path: PATHS.start, label: $localize`:@@nav.start:Start` });
    } else if (isClientRole(me.role)) {
      items.push({ path: PATHS.myFamily, label: $localize`:@@nav.myFamily:Mijn gezin` });
    } else {
      if (this.auth.hasPermission('dashboard:read'))
        items.push({ path: PATHS.myFamilies, label: $localize`:@@nav.myFamilies:Mijn gezinnen` });
      items.push({ path: PATHS.cases, label: $localize`:@@nav.cases:Gezinnen` });
    }
    if (TAFEL_WORK_PERMISSIONS.some((permission) => this.auth.hasPermission(permission))) {
      items.push({ path: PATHS.tafels, label: $localize`:@@nav.tafels:Tafels` });
    }
    if (this.auth.hasPermission('sitting:read')) {
      items.push({ path: PATHS.agenda, label: $localize`:@@nav.agenda:Agenda` });
    }
    if (FAMILY_TAFEL_ROLES.includes(me.role)) {
      items.push({ path: PATHS.myTafel, label: $localize`:@@nav.myTafel:Mijn gesprek` });
    }
    if (this.auth.hasPermission('accesslog:own')) {
      // A child reads "gegevens" on every page about this, a parent "dossier".
      items.push({
        path: PATHS.fileViewings,
        label:
          me.role === 'child'
            ? $localize`:@@nav.fileViewingsChild:Wie keek in mijn gegevens`
            : $localize`:@@nav.fileViewings:Wie keek in mijn dossier`,
      });
    }
    if (this.auth.hasPermission('accesslog:read')) {
      items.push({ path: PATHS.accessLog, label: $localize`:@@nav.accessLog:Toegangslog` });
    }
    if (this.auth.hasPermission('monitor:read')) {
      items.push({ path: PATHS.monitor, label: $localize`:@@nav.monitor:Ketenmonitor` });
    }
    if (this.auth.hasPermission('user:manage')) {
      items.push({ path: PATHS.admin, label: $localize`:@@nav.admin:Beheer` });
    }
    return items;
  });
  protected readonly logoutFailed = signal(false);

  constructor() {
    // A minute before the session ends: the warning, with "Blijf ingelogd".
    void this.session.refresh();
    effect(() => void addressReader(this.child()));
    // After moving to another page (not just other filters), put keyboard and screen-reader focus on the content.
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        map((event) => event.urlAfterRedirects.split(/[?#]/)[0]),
        pairwise(),
        filter(([before, after]) => before !== after),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.main().nativeElement.focus());
  }

  /** "Blijf ingelogd": the API extends an idle session; the absolute end cannot move. */
  protected async stay(): Promise<void> {
    if (this.staying()) return;
    this.staying.set(true);
    const extended = await this.session.stay();
    this.staying.set(false);
    this.stayProblem.set(
      extended
        ? null
        : this.child()
          ? $localize`:@@session.warning.cannotExtend.je:Je sessie kan niet langer duren. Sla je werk nu op en log daarna opnieuw in.`
          : $localize`:@@session.warning.cannotExtend:Uw sessie kan niet langer duren. Sla uw werk nu op en log daarna opnieuw in.`,
    );
  }

  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected async logout(): Promise<void> {
    this.logoutFailed.set(false);
    try {
      this.session.stop();
      await this.auth.logout();
      await this.router.navigateByUrl(PATHS.login);
    } catch {
      this.logoutFailed.set(true);
    }
  }
}
