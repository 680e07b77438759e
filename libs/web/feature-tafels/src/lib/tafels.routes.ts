import { MAT_FORM_FIELD_DEFAULT_OPTIONS, MatFormFieldDefaultOptions } from '@angular/material/form-field';
import { Routes } from '@angular/router';
import { permissionGuard } from '@tafel/web/core';
import { formRules } from '@tafel/web/ui';
import { AgendaPage } from './agenda/agenda.page';
import { MyTafelPage } from './my-tafel/my-tafel.page';
import { MyTafelsPage } from './my-tafels/my-tafels.page';
import { RequestPage } from './request/request.page';
import { TafelPage } from './tafel-page/tafel.page';

/** The form rules; the guidance under the fields is long enough to wrap: let the space below a field grow with it. */
const formFieldProviders = [
  formRules,
  {
    provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
    useValue: { subscriptSizing: 'dynamic' } satisfies MatFormFieldDefaultOptions,
  },
];

/** Lazy routes under /tafels. Pages get their ids (route and query parameters) through input binding. */
export const tafelsRoutes: Routes = [
  {
    path: '',
    providers: formFieldProviders,
    children: [
      { path: '', component: MyTafelsPage, title: $localize`:@@title.myTafels:Mijn tafels` },
      {
        path: 'nieuw',
        component: RequestPage,
        canMatch: [permissionGuard('tafel:request')],
        title: $localize`:@@title.requestTafel:Tafel aanvragen`,
      },
      { path: ':id', component: TafelPage, title: $localize`:@@title.tafel:Tafelgesprek` },
    ],
  },
];

/** /agenda: the sittings of a week. */
export const agendaRoutes: Routes = [
  {
    path: '',
    component: AgendaPage,
    providers: formFieldProviders,
    title: $localize`:@@title.agenda:Agenda`,
  },
];

/** /mijn-tafel: the next conversation of a parent or child. */
export const myTafelRoutes: Routes = [
  { path: '', component: MyTafelPage, title: $localize`:@@title.myTafel:Mijn gesprek` },
];
