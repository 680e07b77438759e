import { inject } from '@angular/core';
import { CanMatchFn, Router, Routes, UrlMatchResult, UrlSegment } from '@angular/router';
import { CLIENT_ROLES, INVITATION_WEB_PATH } from '@tafel/shared/contracts';
import {
  AuthStore,
  authGuard,
  FAMILY_TAFEL_ROLES,
  PATHS,
  permissionGuard,
  roleGuard,
  TAFEL_WORK_PERMISSIONS,
} from '@tafel/web/core';
import { nextTask } from './next-task';

/**
 * The frame around every signed-in page, in a chunk of its own: the sign-in pages do without it, and the
 * initial JavaScript stays within its 350 kB. Its download starts together with the question who is
 * signed in (authGuard), not after it.
 *
 * Every lazy chunk is handed to the router in a task after the one that evaluated it (nextTask), so that
 * evaluating a page's code and rendering the page are two shorter tasks instead of one long one.
 *
 * Each route loads its code as `() => import('…').then(…)` — one `then`, the form Angular's build recognises:
 * a prerendered page (app.routes.server.ts) then names the chunks of its route in
 * `<link rel="modulepreload">`, so a phone fetches them with the app's own scripts instead of one round trip
 * after another (tsconfig.web.json).
 */
const loadShell = () => import('./layout/shell').then((m) => nextTask(m.Shell));
const signedIn: CanMatchFn = (route, segments) => {
  // Only a head start: a failed download is the route's own load's to report, not an unhandled rejection.
  loadShell().catch(() => undefined);
  return authGuard(route, segments);
};

/**
 * /tafels/:id/kamer and /tafels/:id/verslag only: the room's lazy routes must never catch the tafels
 * feature's own pages (/tafels/nieuw, /tafels/:id).
 */
export function tafelRoomMatcher(segments: UrlSegment[]): UrlMatchResult | null {
  const [tafels, id, page] = segments;
  return tafels?.path === 'tafels' && id && (page?.path === 'kamer' || page?.path === 'verslag')
    ? { consumed: segments.slice(0, 2), posParams: { id } }
    : null;
}

export const appRoutes: Routes = [
  {
    path: 'login',
    title: $localize`:@@title.login:Inloggen`,
    loadComponent: () => import('@tafel/web/feature-auth').then((m) => nextTask(m.LoginPage)),
  },
  {
    // Right after the password, while the session still waits for its second factor.
    path: 'tweestapsverificatie',
    title: $localize`:@@title.totpSetup:Tweestapsverificatie instellen`,
    loadComponent: () => import('@tafel/web/feature-auth').then((m) => nextTask(m.TwoFactorSetupPage)),
  },
  {
    // The link from the invitation e-mail; the token never appears in the page title.
    path: `${INVITATION_WEB_PATH}/:token`,
    title: $localize`:@@title.invitation:Account aanmaken`,
    loadComponent: () => import('@tafel/web/feature-auth').then((m) => nextTask(m.InvitationPage)),
  },
  {
    path: '',
    loadComponent: loadShell,
    canMatch: [signedIn],
    children: [
      { path: '', pathMatch: 'full', redirectTo: () => inject(AuthStore).homePath() },
      {
        // The family's plan: its own lazy feature, before the family pages catch the path.
        path: 'gezinnen/:id/plan',
        canMatch: [permissionGuard('plan:read')],
        loadChildren: () => import('@tafel/web/feature-plan').then((m) => nextTask(m.planRoutes)),
      },
      {
        // "Mijn gezinnen": the home page of coordinators and the chain's professionals (VTT, RvdK, GI).
        path: 'mijn-gezinnen',
        canMatch: [permissionGuard('dashboard:read')],
        loadChildren: () => import('@tafel/web/feature-dashboard').then((m) => nextTask(m.dashboardRoutes)),
      },
      {
        path: 'gezinnen',
        canMatch: [permissionGuard('case:read')],
        loadChildren: () => import('@tafel/web/feature-cases').then((m) => nextTask(m.casesRoutes)),
      },
      {
        // The live room and the verslag: for everyone who may read the tafel, the family too.
        matcher: tafelRoomMatcher,
        canMatch: [permissionGuard('tafel:read')],
        loadChildren: () => import('@tafel/web/feature-tafel-room').then((m) => nextTask(m.tafelRoomRoutes)),
      },
      {
        path: 'tafels',
        canMatch: [permissionGuard(...TAFEL_WORK_PERMISSIONS)],
        loadChildren: () => import('@tafel/web/feature-tafels').then((m) => nextTask(m.tafelsRoutes)),
      },
      {
        path: 'agenda',
        canMatch: [permissionGuard('sitting:read')],
        loadChildren: () => import('@tafel/web/feature-tafels').then((m) => nextTask(m.agendaRoutes)),
      },
      {
        // "Mijn gezin": the home page of parents, children and confidants.
        path: 'mijn-gezin',
        canMatch: [roleGuard(...CLIENT_ROLES)],
        loadChildren: () => import('@tafel/web/feature-family').then((m) => nextTask(m.familyRoutes)),
      },
      {
        path: 'mijn-tafel',
        canMatch: [roleGuard(...FAMILY_TAFEL_ROLES)],
        loadChildren: () => import('@tafel/web/feature-tafels').then((m) => nextTask(m.myTafelRoutes)),
      },
      {
        path: 'wie-keek',
        canMatch: [permissionGuard('accesslog:own')],
        loadChildren: () => import('@tafel/web/feature-privacy').then((m) => nextTask(m.fileViewingsRoutes)),
      },
      {
        path: 'toegangslog',
        canMatch: [permissionGuard('accesslog:read')],
        loadChildren: () => import('@tafel/web/feature-privacy').then((m) => nextTask(m.accessLogRoutes)),
      },
      {
        path: 'monitor',
        canMatch: [permissionGuard('monitor:read')],
        loadChildren: () => import('@tafel/web/feature-monitor').then((m) => nextTask(m.monitorRoutes)),
      },
      {
        path: 'beheer',
        canMatch: [permissionGuard('user:manage')],
        loadChildren: () => import('@tafel/web/feature-admin').then((m) => nextTask(m.adminRoutes)),
      },
      {
        path: 'start',
        title: $localize`:@@title.start:Start`,
        canMatch: [
          () => !inject(AuthStore).hasPermission('case:read') || inject(Router).parseUrl(PATHS.cases),
        ],
        loadComponent: () => import('./start/start.page').then((m) => nextTask(m.StartPage)),
      },
      {
        path: '**',
        title: $localize`:@@title.notFound:Pagina niet gevonden`,
        loadComponent: () => import('./not-found/not-found.page').then((m) => nextTask(m.NotFoundPage)),
      },
    ],
  },
];
