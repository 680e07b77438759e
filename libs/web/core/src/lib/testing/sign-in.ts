import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import localeNl from '@angular/common/locales/nl';
import { LOCALE_ID, Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { Me, ROLE_PERMISSIONS, Role } from '@tafel/shared/contracts';
import { AuthStore } from '../auth/auth.store';

/**
 * Configures TestBed (router, HTTP testing, Dutch locale, no animations, and any extra providers) and
 * signs in with the role; returns the HTTP testing controller for the page's own calls.
 */
export async function signIn(
  role: Role,
  id = 'u1',
  providers: Provider[] = [],
): Promise<HttpTestingController> {
  registerLocaleData(localeNl);
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: LOCALE_ID, useValue: 'nl' },
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ...providers,
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const me: Me = {
    id,
    email: `${id}@tafel.example`,
    displayName: 'Test',
    role,
    organisation: null,
    permissions: [...ROLE_PERMISSIONS[role]],
  };
  const loaded = TestBed.inject(AuthStore).loadMe();
  http.expectOne('/api/v1/me').flush(me);
  await loaded;
  return http;
}
