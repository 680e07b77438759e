import { inject } from '@angular/core';
import { Router, Routes } from '@angular/router';
import {
  AuthStore,
  authGuard,
  FAMILY_TAFEL_ROLES,
  PATHS,
  permissionGuard,
  roleGuard,
  TAFEL_WORK_PERMISSIONS,
} from '@tafel/web/core';
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
        path: 'tafels',
        canMatch: [permissionGuard(...TAFEL_WORK_PERMISSIONS)],
        loadChildren: () => import('@tafel/web/feature-tafels').then((m) => m.tafelsRoutes),
      },
      {
        path: 'agenda',
        canMatch: [permissionGuard('sitting:read')],
        loadChildren: () => import('@tafel/web/feature-tafels').then((m) => m.agendaRoutes),
      },
      {
        path: 'mijn-tafel',
        canMatch: [roleGuard(...FAMILY_TAFEL_ROLES)],
        loadChildren: () => import('@tafel/web/feature-tafels').then((m) => m.myTafelRoutes),
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
