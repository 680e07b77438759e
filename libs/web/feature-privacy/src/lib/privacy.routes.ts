import { Routes } from '@angular/router';
import { formRules } from '@tafel/web/ui';
import { AccessLogPage } from './access-log/access-log.page';
import { FileViewingsPage } from './file-viewings/file-viewings.page';

/** /wie-keek: a parent or child sees who looked at their family's file. */
export const fileViewingsRoutes: Routes = [
  { path: '', component: FileViewingsPage, title: $localize`:@@title.fileViewings:Wie keek in mijn dossier` },
];

/** /toegangslog: the privacy officer's search of the access log, and the emergency-access reviews. */
export const accessLogRoutes: Routes = [
  {
    path: '',
    component: AccessLogPage,
    providers: formRules,
    title: $localize`:@@title.accessLog:Toegangslog`,
  },
];
