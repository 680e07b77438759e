import { Routes } from '@angular/router';
import { formRules } from '@tafel/web/ui';
import { TafelRoomPage } from './room/tafel-room.page';
import { VerslagPage } from './verslag/verslag.page';

/** Lazy routes under /tafels/:id: the live room and the verslag. Pages get `id` through input binding. */
export const tafelRoomRoutes: Routes = [
  { path: 'kamer', component: TafelRoomPage, title: $localize`:@@title.tafelRoom:Tafel (live)` },
  {
    path: 'verslag',
    component: VerslagPage,
    providers: formRules,
    title: $localize`:@@title.verslag:Verslag`,
  },
];
