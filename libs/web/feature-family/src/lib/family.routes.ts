import { Routes } from '@angular/router';
import { MyFamilyPage } from './portal/my-family.page';

/** /mijn-gezin — the home page of parents, children and confidants. */
export const familyRoutes: Routes = [
  { path: '', component: MyFamilyPage, title: $localize`:@@title.myFamilyPortal:Mijn gezin` },
];
