import { Routes } from '@angular/router';
import { DashboardPage } from './dashboard.page';

/** /mijn-gezinnen — "Mijn gezinnen": the coordinator's home, what needs attention per family. */
export const dashboardRoutes: Routes = [
  { path: '', title: $localize`:@@title.dashboard:Mijn gezinnen`, component: DashboardPage },
];
