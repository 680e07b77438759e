import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter, Router } from '@angular/router';
import { Me } from '@tafel/shared/contracts';
import { LoginPage } from './login.page';

const me: Me = {
  id: 'u1',
  email: 'regievoerder.enschede@tafel.example',
  displayName: 'Anna de Vries',
  role: 'coordinator',
  organisation: null,
  permissions: ['me:read', 'case:read'],
};

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let loader: HarnessLoader;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    fixture = TestBed.createComponent(LoginPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function input(label: string): Promise<MatInputHarness> {
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
    return (await field.getControl(MatInputHarness)) as MatInputHarness;
  }

  async function fillAndSubmit(): Promise<void> {
    await (await input('E-mailadres')).setValue(me.email);
    await (await input('Wachtwoord')).setValue('geheim-wachtwoord');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Inloggen' }))).click();
  }

  /** Lets the awaited HTTP result and the signal updates it causes run to the end. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  const alertText = () =>
    ((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]')?.textContent ?? '').trim();

  it('shows the Dutch problem message in an alert when the credentials are wrong', async () => {
    await fillAndSubmit();
    const request = http.expectOne('/api/v1/auth/login');
    expect(request.request.body).toEqual({ email: me.email, password: 'geheim-wachtwoord' });
    request.flush(
      { type: 'about:blank', title: 'Unauthorized', status: 401, code: 'invalid_credentials' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle();

    expect(alertText()).toBe('Het e-mailadres of het wachtwoord klopt niet.');
  });

  it('goes to the case list after a successful login', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await fillAndSubmit();
    http.expectOne('/api/v1/auth/login').flush(me);
    await settle();

    expect(navigate).toHaveBeenCalledWith('/gezinnen');
    expect(alertText()).toBe('');
  });

  it('does not call the API while the form is incomplete', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Inloggen' }))).click();
    http.expectNone('/api/v1/auth/login');
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'E-mailadres' }));
    expect(await field.getTextErrors()).toEqual(['Vul uw e-mailadres in.']);
  });
});
