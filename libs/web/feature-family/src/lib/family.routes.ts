import { Routes } from '@angular/router';
import { formRules } from '@tafel/web/ui';
import { FamilyDraftPage } from './draft/family-draft.page';
import { MyFamilyPage } from './portal/my-family.page';

/** /mijn-gezin — the home page of parents, children and confidants; /mijn-gezin/plan — writing in the draft. */
export const familyRoutes: Routes = [
  {
    path: '',
    component: MyFamilyPage,
    providers: formRules,
    title: $localize`:@@title.myFamilyPortal:Mijn gezin`,
  },
  {
    path: 'plan', // PATHS.myFamilyPlan
    component: FamilyDraftPage,
    providers: formRules,
    title: $localize`:@@title.familyDraft:Schrijf mee aan het plan`,
  },
];
