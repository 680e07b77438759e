import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router, TitleStrategy, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Me, ROLE_PERMISSIONS, Role } from '@tafel/shared/contracts';
import { appRoutes } from './app.routes';
import { TafelTitleStrategy } from './title-strategy';

describe('app routes', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: TitleStrategy, useClass: TafelTitleStrategy },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  /** Navigates while answering /me for the given role (or 401 when nobody is signed in). */
  async function visit(url: string, role: Role | null, answerRest = true): Promise<string> {
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(url);
    await new Promise((resolve) => setTimeout(resolve));
    const me = http.expectOne('/api/v1/me');
    if (role) {
      const body: Me = {
        id: 'u1',
        email: 'u@tafel.example',
        displayName: 'U',
        role,
        organisation: null,
        permissions: [...ROLE_PERMISSIONS[role]],
      };
      me.flush(body);
    } else {
      me.flush({ code: 'unauthenticated' }, { status: 401, statusText: 'Unauthorized' });
    }
    await navigation;
    if (answerRest) http.match(() => true).forEach((request) => request.flush({ items: [], total: 0 }));
    return TestBed.inject(Router).url;
  }

  it('sends a coordinator from / to "Mijn gezinnen"', async () => {
    expect(await visit('/', 'coordinator')).toBe('/mijn-gezinnen');
    expect(TestBed.inject(Title).getTitle()).toBe('Mijn gezinnen – Tafel');
  });

  it('sends an auditor from / to the ketenmonitor, and away from the case list', async () => {
    expect(await visit('/', 'auditor', false)).toBe('/monitor');
    await TestBed.inject(Router).navigateByUrl('/gezinnen');
    await new Promise((resolve) => setTimeout(resolve));
    expect(TestBed.inject(Router).url).toBe('/monitor');
  }, 120_000); // the first run transforms ECharts (the monitor's lazy chunk)

  it('sends a visitor to /login and remembers the deep link', async () => {
    expect(await visit('/gezinnen/c1', null)).toBe('/login?terug=%2Fgezinnen%2Fc1');
    expect(TestBed.inject(Title).getTitle()).toBe('Inloggen – Tafel');
  });

  it('opens "Mijn gesprek" for a parent, and keeps the tafel desk from them', async () => {
    expect(await visit('/mijn-tafel', 'parent')).toBe('/mijn-tafel');
    expect(TestBed.inject(Title).getTitle()).toBe('Mijn gesprek – Tafel');
    await TestBed.inject(Router).navigateByUrl('/tafels');
    expect(TestBed.inject(Router).url).toBe('/mijn-gezin');
  });

  it('sends a parent from / to "Mijn gezin"', async () => {
    expect(await visit('/', 'parent')).toBe('/mijn-gezin');
    expect(TestBed.inject(Title).getTitle()).toBe('Mijn gezin – Tafel');
  });

  it('keeps "Mijn gezin" from a coordinator', async () => {
    expect(await visit('/mijn-gezin', 'coordinator')).toBe('/mijn-gezinnen');
  });

  it('opens the family’s plan under /gezinnen/:id/plan, not the family page', async () => {
    expect(await visit('/gezinnen/c1/plan', 'coordinator', false)).toBe('/gezinnen/c1/plan');
    expect(TestBed.inject(Title).getTitle()).toBe('Plan van het gezin – Tafel');
  });

  it('opens "Mijn tafels" and the agenda for a chair, but not "Mijn gesprek"', async () => {
    expect(await visit('/tafels', 'chair')).toBe('/tafels');
    expect(TestBed.inject(Title).getTitle()).toBe('Mijn tafels – Tafel');
    await TestBed.inject(Router).navigateByUrl('/mijn-tafel');
    expect(TestBed.inject(Router).url).toBe('/agenda');
  });

  it('opens "Wie keek in mijn dossier" for a parent', async () => {
    expect(await visit('/wie-keek', 'parent')).toBe('/wie-keek');
    expect(TestBed.inject(Title).getTitle()).toBe('Wie keek in mijn dossier – Tafel');
  });

  it('keeps "Wie keek in mijn dossier" from a coordinator', async () => {
    expect(await visit('/wie-keek', 'coordinator')).toBe('/mijn-gezinnen');
  });

  it('opens the tafel request under /tafels/nieuw, not the room (whose routes are /tafels/:id/kamer|verslag)', async () => {
    expect(await visit('/tafels/nieuw', 'coordinator')).toBe('/tafels/nieuw');
    expect(TestBed.inject(Title).getTitle()).toBe('Tafel aanvragen – Tafel');
  });

  it('opens the tafel page under /tafels/:id', async () => {
    expect(await visit('/tafels/t1', 'coordinator')).toBe('/tafels/t1');
    expect(TestBed.inject(Title).getTitle()).toBe('Tafelgesprek – Tafel');
  });

  it('opens the live room under /tafels/:id/kamer', async () => {
    expect(await visit('/tafels/t1/kamer', 'coordinator')).toBe('/tafels/t1/kamer');
    expect(TestBed.inject(Title).getTitle()).toBe('Tafel (live) – Tafel');
  });

  it('sends the privacy officer from / to the access log', async () => {
    expect(await visit('/', 'privacy_officer', false)).toBe('/toegangslog');
    expect(TestBed.inject(Title).getTitle()).toBe('Toegangslog – Tafel');
    http.expectOne((r) => r.url === '/api/v1/access-log').flush([]);
    http.expectOne((r) => r.url === '/api/v1/emergency-accesses').flush([]);
  });

  it('opens the invitation page and the authenticator set-up without a session', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/uitnodiging/geheim-token');
    expect(TestBed.inject(Router).url).toBe('/uitnodiging/geheim-token');
    expect(TestBed.inject(Title).getTitle()).toBe('Account aanmaken – Tafel');
    http.expectNone('/api/v1/me');
    http.expectOne('/api/v1/invitations/geheim-token').flush({ role: 'parent', email: 'p@example.nl' });
    http.expectOne('/api/v1/auth/methods').flush({ password: true, oidc: false });

    await harness.navigateByUrl('/tweestapsverificatie');
    expect(TestBed.inject(Router).url).toBe('/tweestapsverificatie');
    expect(TestBed.inject(Title).getTitle()).toBe('Tweestapsverificatie instellen – Tafel');
    http.expectNone('/api/v1/me');
    http.expectOne('/api/v1/auth/totp/enrolment').flush({ secret: 'S', otpauthUri: 'o', qrCode: 'data:,' });
  });
});
