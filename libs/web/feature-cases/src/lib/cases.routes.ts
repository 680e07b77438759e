import { inject } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { Routes } from '@angular/router';
import { isClientRole } from '@tafel/shared/contracts';
import { AuthStore } from '@tafel/web/core';
import { CaseListPage } from './case-list/case-list.page';
import { DutchPaginatorIntl } from './case-list/dutch-paginator-intl';
import { CasePage } from './case-page/case.page';

/** Lazy routes under /gezinnen. The case page gets its id through router input binding. */
export const casesRoutes: Routes = [
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
  { path: ':id', component: CasePage, title: $localize`:@@title.case:Gezin` },
];
