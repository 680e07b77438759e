import { inject } from '@angular/core';
import { Router, Routes } from '@angular/router';
import { AuthStore, authGuard, PATHS, permissionGuard } from '@tafel/web/core';
import { Shell } from './layout/shell';

export const appRoutes: Routes = [
  {
    path: 'login',
    title: $localize`:@@title.login:Inloggen`,
    loadComponent: () => import('@tafel/web/feature-auth').then((m) => m.LoginPage),
  },
  {
    path: '',
    component: Shell,
    canMatch: [authGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: () => inject(AuthStore).homePath() },
      {
        path: 'gezinnen',
        canMatch: [permissionGuard('case:read')],
        loadChildren: () => import('@tafel/web/feature-cases').then((m) => m.casesRoutes),
      },
      {
        path: 'start',
        title: $localize`:@@title.start:Start`,
        canMatch: [
          () => !inject(AuthStore).hasPermission('case:read') || inject(Router).parseUrl(PATHS.cases),
        ],
        loadComponent: () => import('./start/start.page').then((m) => m.StartPage),
      },
      {
        path: '**',
        title: $localize`:@@title.notFound:Pagina niet gevonden`,
        loadComponent: () => import('./not-found/not-found.page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
