import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, TitleStrategy, withComponentInputBinding } from '@angular/router';
import { activityInterceptor, sessionActivityInterceptor, unauthorizedInterceptor } from '@tafel/web/core';
import { appRoutes } from './app.routes';
import { TafelTitleStrategy } from './title-strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding()),
    provideHttpClient(
      withFetch(),
      withInterceptors([activityInterceptor, sessionActivityInterceptor, unauthorizedInterceptor]),
    ),
    { provide: TitleStrategy, useClass: TafelTitleStrategy },
  ],
};
