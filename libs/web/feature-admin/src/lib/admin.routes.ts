import { Routes } from '@angular/router';
import { formRules } from '@tafel/web/ui';
import { AdminPage } from './admin.page';

/** /beheer — the functional administrator: accounts, organisations, settings, retention. */
export const adminRoutes: Routes = [
  {
    path: '',
    component: AdminPage,
    providers: formRules,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'gebruikers' },
      {
        path: 'gebruikers',
        title: $localize`:@@title.adminUsers:Gebruikers`,
        loadComponent: () => import('./users/users.page').then((m) => m.UsersPage),
      },
      {
        path: 'organisaties',
        title: $localize`:@@title.adminOrganisations:Organisaties`,
        loadComponent: () => import('./organisations/organisations.page').then((m) => m.OrganisationsPage),
      },
      {
        path: 'instellingen',
        title: $localize`:@@title.adminSettings:Instellingen`,
        loadComponent: () => import('./settings/settings.page').then((m) => m.SettingsPage),
      },
      {
        path: 'bewaartermijnen',
        title: $localize`:@@title.adminRetention:Bewaartermijnen`,
        loadComponent: () => import('./retention/retention.page').then((m) => m.RetentionPage),
      },
    ],
  },
];
