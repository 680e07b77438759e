import { Routes } from '@angular/router';
import { formRules } from '@tafel/web/ui';
import { PlanPage } from './plan.page';

/** /gezinnen/:id/plan — the family's plan; the page gets the case id through router input binding. */
export const planRoutes: Routes = [
  {
    path: '',
    component: PlanPage,
    providers: formRules,
    title: $localize`:@@title.plan:Plan van het gezin`,
  },
];
