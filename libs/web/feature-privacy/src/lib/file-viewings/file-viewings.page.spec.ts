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
    occurredAt: '2026-04-13T08:05:00Z',
    who: 'Jan Jansen',
    organisation: 'Veilig Thuis Twente',
    role: 'professional',
    what: 'bekeken',
    emergency: true,
  },
  {
    occurredAt: '2026-04-14T07:30:00Z',
    who: 'Marloes ter Brake',
    organisation: 'Wijkteam Enschede',
    role: 'coordinator',
    what: 'gewijzigd',
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

  it('lists who did what, newest first, in Dutch time, with the emergency marker', async () => {
    const element = await open('parent', [bakker], viewings);

    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Wie heeft uw dossier bekeken?');
    expect(items(element)).toEqual([
      'dinsdag 14 april 2026 om 09:30 | Marloes ter Brake Regievoerder, Wijkteam Enschede | heeft iets in uw dossier veranderd',
      'maandag 13 april 2026 om 10:05 | Jan Jansen Professional, Veilig Thuis Twente | heeft uw dossier bekeken met noodtoegang',
    ]);
    expect(element.querySelector('time')?.getAttribute('datetime')).toBe('2026-04-14T07:30:00Z');
    expect(element.textContent).toContain('Wat is noodtoegang?');
  });

  it('speaks to a child with "jouw", and says when nobody looked yet', async () => {
    const element = await open('child', [bakker], []);

    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Wie heeft jouw dossier bekeken?');
    expect(items(element)).toEqual(['Nog niemand anders heeft jouw dossier bekeken.']);
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

  it('makes one line, with a count, of the same thing done by the same person in the same minute', async () => {
    const read = { ...viewings[1], what: 'bekeken' as const };
    const element = await open(
      'parent',
      [bakker],
      [
        read,
        { ...read, occurredAt: '2026-04-14T07:30:40Z' },
        { ...read, occurredAt: '2026-04-14T07:30:05Z' },
        { ...read, occurredAt: '2026-04-14T07:31:00Z' },
      ],
    );

    expect(items(element)).toEqual([
      'dinsdag 14 april 2026 om 09:31 | Marloes ter Brake Regievoerder, Wijkteam Enschede | heeft uw dossier bekeken',
      'dinsdag 14 april 2026 om 09:30 | Marloes ter Brake Regievoerder, Wijkteam Enschede | heeft uw dossier bekeken (3 keer)',
    ]);
  });
});
