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
import { RetentionCase } from '@tafel/shared/contracts';
import { RetentionPage } from './retention.page';

const pastTerm: RetentionCase[] = [
  {
    id: 'c1',
    caseNumber: 'TW-2004-00012',
    gemeente: 'Enschede',
    closedOn: '2005-03-01',
    retainUntil: '2025-03-01',
  },
  {
    id: 'c2',
    caseNumber: 'TW-2005-00031',
    gemeente: 'Almelo',
    closedOn: '2005-06-15',
    retainUntil: '2025-06-15',
  },
];

describe('RetentionPage', () => {
  let fixture: ComponentFixture<RetentionPage>;
  let loader: HarnessLoader;
  let http: HttpTestingController;
  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';

  async function open(cases: RetentionCase[]): Promise<void> {
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
    fixture = TestBed.createComponent(RetentionPage);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
    http.expectOne('/api/v1/admin/retention').flush(cases);
    await fixture.whenStable();
  }
  const destroyButton = () =>
    loader.getHarness(MatButtonHarness.with({ text: /^Vernietig gekozen dossiers/ }));

  afterEach(() => http.verify());

  it('lists the cases past their term by number, gemeente and dates', async () => {
    await open(pastTerm);
    expect(text()).toContain('TW-2004-00012');
    expect(text()).toContain('Enschede');
    expect(text()).toContain('gesloten op 1 maart 2005');
    expect(text()).toContain('bewaren tot 1 maart 2025');
    expect(await (await destroyButton()).isDisabled()).toBe(true);
  });

  it('says so when no case is past its term', async () => {
    await open([]);
    expect(text()).toContain('Er zijn geen dossiers voorbij de bewaartermijn.');
  });

  it('destroys the chosen cases after a confirmation with a reason, and lists again', async () => {
    await open(pastTerm);
    await (await loader.getHarness(MatCheckboxHarness.with({ label: 'TW-2005-00031' }))).check();
    const button = await destroyButton();
    expect(await button.getText()).toBe('Vernietig gekozen dossiers (1)');
    await button.click();

    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('1 dossier vernietigen?');
    expect(await dialog.getContentText()).toContain('U vernietigt: TW-2005-00031.');
    const reason = (await (
      await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Reden van vernietiging' }))
    ).getControl(MatInputHarness)) as MatInputHarness;
    await reason.setValue('Bewaartermijn verstreken, kwartaalronde.');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Definitief vernietigen' }))).click();

    const request = http.expectOne({ method: 'POST', url: '/api/v1/admin/retention/destroy' });
    expect(request.request.body).toEqual({
      caseIds: ['c2'],
      reason: 'Bewaartermijn verstreken, kwartaalronde.',
    });
    request.flush({ destroyed: 1 });
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    http.expectOne('/api/v1/admin/retention').flush([pastTerm[0]]);
    await fixture.whenStable();

    expect(text()).not.toContain('TW-2005-00031');
    expect(await (await loader.getHarness(MatSnackBarHarness)).getMessage()).toBe('1 dossier vernietigd.');
  });

  it('keeps the dialog open with the problem when the API refuses', async () => {
    await open(pastTerm);
    await (await loader.getHarness(MatCheckboxHarness.with({ label: 'Alle dossiers kiezen' }))).check();
    await (await destroyButton()).click();
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('2 dossiers vernietigen?');
    const reason = (await (
      await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Reden van vernietiging' }))
    ).getControl(MatInputHarness)) as MatInputHarness;
    await reason.setValue('Bewaartermijn verstreken.');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Definitief vernietigen' }))).click();
    http
      .expectOne('/api/v1/admin/retention/destroy')
      .flush(
        { type: 'about:blank', title: 'Conflict', status: 409, code: 'invalid_state', detail: 'x' },
        { status: 409, statusText: 'Conflict', headers: { 'content-type': 'application/problem+json' } },
      );
    await fixture.whenStable();
    expect(await loader.getAllHarnesses(MatDialogHarness)).toHaveLength(1);
  });
});
