import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import localeNl from '@angular/common/locales/nl';
import { LOCALE_ID } from '@angular/core';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { AccessLogRow, EmergencyAccess } from '@tafel/shared/contracts';
import { AccessLogPage } from './access-log.page';

const CASE_ID = '0b6f3c1e-8a2d-4f5e-9c7b-1d2e3f4a5b6c';

const row: AccessLogRow = {
  id: '41',
  occurredAt: '2026-04-14T07:30:12Z',
  event: 'case.read',
  action: 'R',
  caseId: CASE_ID,
  caseNumber: 'TW-2026-00001',
  familyName: 'Bakker',
  personId: 'p1',
  personName: 'Noor Bakker',
  userId: 'u1',
  userName: 'Jan Jansen',
  role: 'professional',
  organisationId: null,
  organisationName: null,
  account: null,
  onBehalfOf: null,
  accessPoint: null,
  authorised: true,
  relationship: 'emergency',
  consent: null,
  emergency: true,
};

/** An administrator's action on an account: no family, the account named under Bijzonderheden. */
const adminRow: AccessLogRow = {
  ...row,
  id: '40',
  event: 'admin.user.deactivate',
  action: 'U',
  caseId: null,
  caseNumber: null,
  familyName: null,
  personId: 'u2',
  personName: null,
  userName: 'Fenna Beheer',
  role: 'admin',
  account: { name: 'Joke Nijenhuis', email: 'voorzitter@tafel.example', role: 'chair' },
  relationship: 'admin',
  emergency: false,
};

const access: EmergencyAccess = {
  id: 'e1',
  caseId: CASE_ID,
  caseNumber: 'TW-2026-00001',
  userId: 'u1',
  userName: 'Jan Jansen',
  reason: 'Politie meldt acuut onveilige situatie',
  grantedAt: '2026-04-14T07:00:00Z',
  expiresAt: '2026-04-14T11:00:00Z',
  reviewedAt: null,
  reviewNote: null,
};

describe('AccessLogPage', () => {
  let fixture: ComponentFixture<AccessLogPage>;
  let loader: HarnessLoader;
  let http: HttpTestingController;

  beforeEach(async () => {
    registerLocaleData(localeNl);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: LOCALE_ID, useValue: 'nl' },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AccessLogPage);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
    http.expectOne('/api/v1/access-log').flush([row, adminRow], { headers: { 'X-Total-Count': '1234' } });
    http.expectOne('/api/v1/emergency-accesses?status=open').flush([access]);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const element = () => fixture.nativeElement as HTMLElement;

  async function setField(label: string, value: string): Promise<void> {
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
    await ((await field.getControl(MatInputHarness)) as MatInputHarness).setValue(value);
  }

  const exportLink = () =>
    Array.from(element().querySelectorAll('a')).find((a) => a.textContent?.trim() === 'Exporteren als CSV');

  it('shows the newest rows in a table: the event in words, the family and person by name, the emergency flag', () => {
    const cells = Array.from(element().querySelectorAll('tbody td')).map((td) =>
      td.textContent?.trim().replace(/\s+/g, ' '),
    );
    expect(cells[1]).toBe('Bekeken');
    expect(cells[2]).toBe('Dossier geopend');
    expect(cells[3]).toContain('Jan Jansen');
    expect(cells[4]).toBe('Bakker (TW-2026-00001)');
    expect(cells[5]).toBe('Noor Bakker');
    expect(cells[6]).toBe('Noodtoegang');
    expect(cells[9]).toBe('Account uitgezet');
    expect(cells[13]).toBe('Account van Joke Nijenhuis (voorzitter@tafel.example, Voorzitter)');
    expect(element().textContent).not.toContain(CASE_ID);
    expect(exportLink()?.getAttribute('href')).toBe('/api/v1/access-log/export');
    const text = element().textContent?.replace(/\s+/g, ' ');
    expect(text).toContain('1234 regels gevonden.');
    expect(text).toContain('Hieronder staan de nieuwste 2. De export bevat alle 1234.');
  });

  it('searches by family name, person, user, emergency and whole days in Dutch time, and exports the same search', async () => {
    await setField('Gezin (naam of dossiernummer)', 'Bakker');
    await setField('Persoon uit het gezin', 'Noor');
    await setField('Gebruiker (naam of e-mail)', 'Jan');
    await (await loader.getHarness(MatCheckboxHarness.with({ label: 'Alleen noodtoegang' }))).check();
    await setField('Van', '2026-04-01');
    await setField('Tot en met', '2026-04-14');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Zoeken' }))).click();

    const request = http.expectOne((r) => r.url === '/api/v1/access-log');
    expect(request.request.params.get('family')).toBe('Bakker');
    expect(request.request.params.get('person')).toBe('Noor');
    expect(request.request.params.get('user')).toBe('Jan');
    expect(request.request.params.get('emergencyOnly')).toBe('true');
    expect(request.request.params.get('from')).toBe('2026-03-31T22:00:00.000Z');
    expect(request.request.params.get('to')).toBe('2026-04-14T22:00:00.000Z');
    request.flush([]);
    await fixture.whenStable();

    expect(element().textContent).toContain('Niets gevonden.');
    expect(exportLink()?.getAttribute('href')).toContain(
      '/api/v1/access-log/export?family=Bakker&person=Noor&user=Jan&emergencyOnly=true&from=',
    );
  });

  it('asks for at least two characters, without asking the API', async () => {
    await setField('Gebruiker (naam of e-mail)', 'J');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Zoeken' }))).click();
    http.expectNone((r) => r.url === '/api/v1/access-log');
    const field = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Gebruiker (naam of e-mail)' }),
    );
    expect(await field.getTextErrors()).toEqual(['Typ minstens 2 tekens.']);
  });

  it('reviews an open emergency access with a note, and takes it off the list', async () => {
    const review = Array.from(element().querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Beoordelen: Jan Jansen, TW-2026-00001',
    );
    review?.click();
    const dialog = await loader.getHarness(MatDialogHarness);
    const note = (await (
      await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Uw beoordeling' }))
    ).getControl(MatInputHarness)) as MatInputHarness;
    await note.setValue('Terecht, melding politie');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Beoordeling opslaan' }))).click();

    const request = http.expectOne({ method: 'PUT', url: '/api/v1/emergency-accesses/e1/review' });
    expect(request.request.body).toEqual({ note: 'Terecht, melding politie' });
    request.flush({ ...access, reviewedAt: '2026-04-15T08:00:00Z', reviewNote: 'Terecht, melding politie' });
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();

    expect(element().textContent).toContain('Er zijn geen noodtoegangen die nog beoordeeld moeten worden.');
    expect(await (await loader.getHarness(MatSnackBarHarness)).getMessage()).toBe('Beoordeling opgeslagen');
  });
});
