import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import {
  provideRouter,
  TitleStrategy,
  withComponentInputBinding,
  withEnabledBlockingInitialNavigation,
} from '@angular/router';
import {
  activityInterceptor,
  noApiWhilePrerendering,
  sessionActivityInterceptor,
  unauthorizedInterceptor,
} from '@tafel/web/core';
import { appRoutes } from './app.routes';
import { TafelTitleStrategy } from './title-strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    // The app starts only once its first page (guards, code, the signed-in user) is ready, and then
    // replaces the page's prerendered frame or index.html's boot frame in one go: no blank moment between.
    provideRouter(appRoutes, withComponentInputBinding(), withEnabledBlockingInitialNavigation()),
    provideHttpClient(
      withFetch(),
      withInterceptors([
        noApiWhilePrerendering,
        activityInterceptor,
        sessionActivityInterceptor,
        unauthorizedInterceptor,
      ]),
    ),
    { provide: TitleStrategy, useClass: TafelTitleStrategy },
  ],
};
