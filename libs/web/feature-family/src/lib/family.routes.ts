import { Routes } from '@angular/router';
import { formRules } from '@tafel/web/ui';
import { MyFamilyPage } from './portal/my-family.page';

/** /mijn-gezin — the home page of parents, children and confidants. */
export const familyRoutes: Routes = [
  {
    path: '',
    component: MyFamilyPage,
    providers: formRules,
    title: $localize`:@@title.myFamilyPortal:Mijn gezin`,
  },
];
