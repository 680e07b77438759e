import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import localeNl from '@angular/common/locales/nl';
import { LOCALE_ID } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CaseSummary, FileViewing, Me, ROLE_PERMISSIONS, Role } from '@tafel/shared/contracts';
import { AuthStore } from '@tafel/web/core';
import { FileViewingsPage } from './file-viewings.page';

const bakker: CaseSummary = {
  id: 'c1',
  caseNumber: 'TW-2026-00001',
  familyName: 'Bakker',
  gemeente: 'Enschede',
  phase: 'toeleiding',
  regieMode: 'family',
  coordinator: null,
  updatedAt: '2026-04-01T09:00:00Z',
};

const viewings: FileViewing[] = [
  {
    day: '2026-04-13',
    lastAt: '2026-04-13T08:05:00Z',
    who: 'Jan Jansen',
    organisation: 'Veilig Thuis Twente',
    role: 'professional',
    coordinator: false,
    part: 'dossier',
    what: 'bekeken',
    times: 1,
    emergency: true,
  },
  {
    day: '2026-04-14',
    lastAt: '2026-04-14T07:30:00Z',
    who: 'Marloes ter Brake',
    organisation: 'Wijkteam Enschede',
    role: 'coordinator',
    coordinator: true,
    part: 'plan',
    what: 'bekeken',
    times: 3,
    emergency: false,
  },
  {
    day: '2026-04-14',
    lastAt: '2026-04-14T07:00:00Z',
    who: 'Sanne Bakker',
    organisation: null,
    role: 'parent',
    coordinator: false,
    part: 'tafel',
    what: 'geantwoord',
    times: 2,
    emergency: false,
  },
];

describe('FileViewingsPage', () => {
  let fixture: ComponentFixture<FileViewingsPage>;
  let http: HttpTestingController;

  async function open(role: Role, cases: CaseSummary[], rows: FileViewing[]): Promise<HTMLElement> {
    registerLocaleData(localeNl);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: LOCALE_ID, useValue: 'nl' },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const me: Me = {
      id: 'u1',
      email: 'u1@example.nl',
      displayName: 'Mark de Vries',
      role,
      organisation: null,
      permissions: [...ROLE_PERMISSIONS[role]],
    };
    const loaded = TestBed.inject(AuthStore).loadMe();
    http.expectOne('/api/v1/me').flush(me);
    await loaded;
    fixture = TestBed.createComponent(FileViewingsPage);
    await fixture.whenStable();
    http.expectOne((r) => r.url === '/api/v1/cases').flush({ items: cases, total: cases.length });
    for (const summary of cases) http.expectOne(`/api/v1/cases/${summary.id}/access-log`).flush(rows);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => http.verify());

  /** Each item as its lines ("when | who | what"), or its text when it has none. */
  const items = (element: HTMLElement) =>
    Array.from(element.querySelectorAll('ol li')).map((li) => {
      const lines = Array.from(li.querySelectorAll('p')).map((p) =>
        p.textContent?.replace(/\s+/g, ' ').trim(),
      );
      return lines.length ? lines.join(' | ') : li.textContent?.trim();
    });

  it('lists per person and day who did what, newest first, in plain words, with the emergency marker', async () => {
    const element = await open('parent', [bakker], viewings);

    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Wie heeft uw dossier bekeken?');
    expect(items(element)).toEqual([
      'dinsdag 14 april 2026 | Uw regievoerder Marloes ter Brake heeft uw gezinsplan bekeken (3 keer) | Regievoerder, Wijkteam Enschede',
      'dinsdag 14 april 2026 | Sanne Bakker heeft laten weten of die naar het gesprek komt (2 keer) | Ouder',
      'maandag 13 april 2026 | Jan Jansen heeft uw dossier bekeken met noodtoegang | Professional, Veilig Thuis Twente',
    ]);
    expect(items(element).join()).not.toContain('veranderd');
    expect(element.querySelector('time')?.getAttribute('datetime')).toBe('2026-04-14');
    expect(element.textContent).toContain('Wat is noodtoegang?');
  });

  it('speaks to a child with "jouw", also in each line', async () => {
    const element = await open('child', [bakker], viewings);

    expect(items(element)[0]).toBe(
      'dinsdag 14 april 2026 | Jouw regievoerder Marloes ter Brake heeft jouw gezinsplan bekeken (3 keer) | Regievoerder, Wijkteam Enschede',
    );
    expect(element.textContent).not.toMatch(/\buw\b/);
  });

  it('says to a child when nobody looked yet', async () => {
    const element = await open('child', [bakker], []);

    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Wie heeft jouw gegevens bekeken?');
    expect(items(element)).toEqual(['Nog niemand anders heeft jouw gegevens bekeken.']);
    expect(element.textContent).not.toContain('Wat is noodtoegang?');
  });

  it('shows a problem in Dutch when the list cannot be loaded', async () => {
    registerLocaleData(localeNl);
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(FileViewingsPage);
    await fixture.whenStable();
    http.expectOne((r) => r.url === '/api/v1/cases').flush(null, { status: 0, statusText: '' });
    await fixture.whenStable();

    expect((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]')?.textContent).toContain(
      'niet bereikbaar',
    );
  });
});
