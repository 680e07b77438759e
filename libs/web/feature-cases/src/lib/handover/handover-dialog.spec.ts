import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { CoordinatorCandidate } from '@tafel/shared/contracts';
import { HandoverDialog } from './handover-dialog';
import { until } from '@tafel/web/ui/testing';

const candidates: CoordinatorCandidate[] = [
  { id: 'u2', displayName: 'Bram Smit', organisation: 'Wijkteam Hengelo' },
  { id: 'u3', displayName: 'Carla Mulder', organisation: null },
];

// The people picker waits for its debounce; the shared test machine can be slow.
jest.setTimeout(20_000);

describe('HandoverDialog', () => {
  const close = jest.fn();
  let http: HttpTestingController;
  let loader: HarnessLoader;

  beforeEach(async () => {
    close.mockReset();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MAT_DIALOG_DATA, useValue: { caseId: 'c1' } },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(HandoverDialog);
    loader = TestbedHarnessEnvironment.loader(fixture);
    http.expectOne('/api/v1/cases/c1/coordinator-candidates').flush(candidates);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

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

  it('finds the new coordinator by a part of the organisation, never by id', async () => {
    const picker = await loader.getHarness(MatAutocompleteHarness);
    await picker.enterText('mul');
    await until(() => picker.isOpen());
    const options = await picker.getOptions();
    expect(await Promise.all(options.map((o) => o.getText()))).toEqual(['Carla Mulder — Regievoerder']);
  });

  it('refuses to send a hand-over without a reason', async () => {
    await chooseBram();
    await confirm();

    http.expectNone({ method: 'PUT' });
    expect(await (await formField('Reden')).getTextErrors()).toEqual(['Vul een reden in.']);
    expect(close).not.toHaveBeenCalled();
  });

  it('refuses a reason shorter than 5 characters', async () => {
    await chooseBram();
    await (await reasonInput()).setValue(' ok  ');
    await confirm();

    http.expectNone({ method: 'PUT' });
    expect(await (await formField('Reden')).getTextErrors()).toEqual(['Schrijf minstens 5 tekens.']);
  });

  it('sends coordinatorId and reason, then closes with the updated case', async () => {
    await chooseBram();
    await (await reasonInput()).setValue('Gezin verhuist naar Hengelo');
    await confirm();

    const request = http.expectOne('/api/v1/cases/c1/coordinator');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ coordinatorId: 'u2', reason: 'Gezin verhuist naar Hengelo' });
    const updated = { id: 'c1', coordinator: { userId: 'u2', displayName: 'Bram Smit' } };
    request.flush(updated);
    expect(close).toHaveBeenCalledWith(updated);
  });

  it('shows the problem in Dutch and stays open when the API refuses', async () => {
    await chooseBram();
    await (await reasonInput()).setValue('Gezin verhuist naar Hengelo');
    await confirm();

    http
      .expectOne('/api/v1/cases/c1/coordinator')
      .flush({ code: 'coordinator_not_eligible', status: 422 }, { status: 422, statusText: 'Unprocessable' });
    await new Promise((resolve) => setTimeout(resolve));
    expect(close).not.toHaveBeenCalled();
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('kan geen regievoerder');
  });
});
