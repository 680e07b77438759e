import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { Component, inject } from '@angular/core';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { CaseDetail, CoordinatorCandidate } from '@tafel/shared/contracts';
import { CasesApi } from '@tafel/web/core';
import { askHandover } from '@tafel/web/ui';
import { until } from '@tafel/web/ui/testing';
import { caseHandover } from './case-handover';

@Component({ selector: 'tafel-host', template: '' })
class Host {
  readonly dialog = inject(MatDialog);
}

const candidates: CoordinatorCandidate[] = [
  { id: 'u2', displayName: 'Bram Smit', organisation: 'Wijkteam Hengelo' },
  { id: 'u3', displayName: 'Carla Mulder', organisation: null },
];

// The people picker waits for its debounce; the shared test machine can be slow.
jest.setTimeout(20_000);

describe('the hand-over of a family (caseHandover)', () => {
  let http: HttpTestingController;
  let loader: HarnessLoader;
  let dialog: MatDialog;
  let closedWith: CaseDetail[];

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(Host);
    dialog = fixture.componentInstance.dialog;
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    closedWith = [];
    askHandover(dialog, caseHandover(TestBed.inject(CasesApi), 'c1')).subscribe((c) => closedWith.push(c));
    await fixture.whenStable();
  });

  afterEach(() => {
    dialog.closeAll();
    http.verify();
  });

  const opened = (list: CoordinatorCandidate[] = candidates) =>
    http.expectOne('/api/v1/cases/c1/coordinator-candidates').flush(list);

  const formField = (label: string) =>
    loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const reasonInput = async () =>
    (await (await formField('Reden')).getControl(MatInputHarness)) as MatInputHarness;

  const confirm = async () =>
    (await loader.getHarness(MatButtonHarness.with({ text: 'Overdracht bevestigen' }))).click();

  async function chooseBram(): Promise<void> {
    const picker = await loader.getHarness(MatAutocompleteHarness);
    await picker.enterText('hengelo');
    await until(() => picker.isOpen());
    await picker.selectOption({ text: /Bram Smit — Wijkteam Hengelo/ });
  }

  it('says what the hand-over does; with nobody to take over, says so at once', async () => {
    opened([]);
    const text = () => document.querySelector('mat-dialog-container')?.textContent ?? '';
    await until(() => text().includes('Er is geen andere regievoerder beschikbaar.'));
    expect(text()).toContain('Regie overdragen');
    expect(text()).toContain('De nieuwe regievoerder neemt de regie direct over.');
  });

  it('finds the new coordinator by a part of the name or organisation, never by id', async () => {
    opened();
    const picker = await loader.getHarness(MatAutocompleteHarness);
    await picker.enterText('mul');
    await until(() => picker.isOpen());
    const options = await picker.getOptions();
    expect(await Promise.all(options.map((o) => o.getText()))).toEqual(['Carla Mulder — Regievoerder']);
  });

  it('refuses to send a hand-over without a reason', async () => {
    opened();
    await chooseBram();
    await confirm();

    http.expectNone({ method: 'PUT' });
    expect(await (await formField('Reden')).getTextErrors()).toEqual(['Vul een reden in.']);
    expect(closedWith).toEqual([]);
  });

  it('refuses a reason shorter than 5 characters', async () => {
    opened();
    await chooseBram();
    await (await reasonInput()).setValue(' ok  ');
    await confirm();

    http.expectNone({ method: 'PUT' });
    expect(await (await formField('Reden')).getTextErrors()).toEqual(['Schrijf minstens 5 tekens.']);
  });

  it('sends coordinatorId and reason, then closes with the updated case', async () => {
    opened();
    await chooseBram();
    await (await reasonInput()).setValue('Gezin verhuist naar Hengelo');
    await confirm();

    const request = http.expectOne('/api/v1/cases/c1/coordinator');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ coordinatorId: 'u2', reason: 'Gezin verhuist naar Hengelo' });
    const updated = { id: 'c1', coordinator: { userId: 'u2', displayName: 'Bram Smit' } };
    request.flush(updated);
    await until(() => closedWith.length > 0);
    expect(closedWith).toEqual([updated]);
  });

  it('shows the problem in Dutch and stays open when the API refuses', async () => {
    opened();
    await chooseBram();
    await (await reasonInput()).setValue('Gezin verhuist naar Hengelo');
    await confirm();

    http
      .expectOne('/api/v1/cases/c1/coordinator')
      .flush({ code: 'coordinator_not_eligible', status: 422 }, { status: 422, statusText: 'Unprocessable' });
    await new Promise((resolve) => setTimeout(resolve));
    expect(closedWith).toEqual([]);
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('kan geen regievoerder');
  });
});
