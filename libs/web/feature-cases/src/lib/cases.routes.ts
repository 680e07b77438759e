import { inject } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { Routes } from '@angular/router';
import { isClientRole } from '@tafel/shared/contracts';
import { AuthStore } from '@tafel/web/core';
import { CaseListPage } from './case-list/case-list.page';
import { DutchPaginatorIntl } from './case-list/dutch-paginator-intl';
import { CasePage } from './case-page/case.page';
import { ChainPage } from './chain/chain.page';
import { HandoversPage } from './handovers/handovers.page';
import { RegisterPage } from './register/register.page';

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
  { path: 'nieuw', component: RegisterPage, title: $localize`:@@title.register:Nieuw gezin` },
  { path: 'overdrachten', component: HandoversPage, title: $localize`:@@title.handovers:Overdrachten` },
  { path: ':id/keten', component: ChainPage, title: $localize`:@@title.chain:Keten` },
  { path: ':id', component: CasePage, title: $localize`:@@title.case:Gezin` },
];
