import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideClientHydration, withI18nSupport } from '@angular/platform-browser';
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
    // A prerendered page (app.routes.server.ts) is hydrated: the app takes over its DOM instead of building
    // it again. No event replay: its script would be inline, which the CSP refuses; typed-input.ts holds
    // what is typed and sent before the app runs.
    provideClientHydration(withI18nSupport()),
    // The app starts only once its first page (guards, code, the signed-in user) is ready, and then
    // hydrates the page's prerendered frame or replaces index.html's boot frame in one go: no blank moment.
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
