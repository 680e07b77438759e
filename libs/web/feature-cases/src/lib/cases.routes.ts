import { inject } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { Routes } from '@angular/router';
import { isClientRole } from '@tafel/shared/contracts';
import { AuthStore } from '@tafel/web/core';
import { formRules } from '@tafel/web/ui';
import { CaseListPage } from './case-list/case-list.page';
import { DutchPaginatorIntl } from './case-list/dutch-paginator-intl';

/**
 * Lazy routes under /gezinnen. The case page gets its id through router input binding. The list is the
 * coordinator's first page, so the other pages load their own code only when opened.
 */
export const casesRoutes: Routes = [
  {
    path: '',
    providers: formRules,
    children: [
      {
        path: '',
        component: CaseListPage,
        providers: [{ provide: MatPaginatorIntl, useClass: DutchPaginatorIntl }],
        title: () => {
          const me = inject(AuthStore).me();
          return me && isClientRole(me.role)
            ? $localize`:@@title.myFamily:Mijn gezin`
            : $localize`:@@title.cases:Gezinnen`;
        },
      },
      {
        path: 'nieuw',
        loadComponent: () => import('./register/register.page').then((m) => m.RegisterPage),
        title: $localize`:@@title.register:Nieuw gezin`,
      },
      {
        path: 'overdrachten',
        loadComponent: () => import('./handovers/handovers.page').then((m) => m.HandoversPage),
        title: $localize`:@@title.handovers:Overdrachten`,
      },
      {
        path: ':id/keten',
        loadComponent: () => import('./chain/chain.page').then((m) => m.ChainPage),
        title: $localize`:@@title.chain:Keten`,
      },
      {
        path: ':id',
        loadComponent: () => import('./case-page/case.page').then((m) => m.CasePage),
        title: $localize`:@@title.case:Gezin`,
      },
    ],
  },
];
