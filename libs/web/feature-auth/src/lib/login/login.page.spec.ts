import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { ActivatedRoute, convertToParamMap, provideRouter, Router } from '@angular/router';
import { LoginMethods, LoginResult, Me } from '@tafel/shared/contracts';
import { AuthStore } from '@tafel/web/core';
import { LoginPage } from './login.page';

const me: Me = {
  id: 'u1',
  email: 'regievoerder.enschede@tafel.example',
  displayName: 'Anna de Vries',
  role: 'coordinator',
  organisation: null,
  permissions: ['me:read', 'case:read', 'dashboard:read'],
};

const wrongCode = { type: 'about:blank', title: 'Unauthorized', status: 401, code: 'invalid_credentials' };

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let loader: HarnessLoader;
  let http: HttpTestingController;
  let navigateByUrl: jest.SpyInstance;
  let navigate: jest.SpyInstance;

  async function open(methods: LoginMethods = { password: true, oidc: false }, back?: string): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        ...(back
          ? [
              {
                provide: ActivatedRoute,
                useValue: { snapshot: { queryParamMap: convertToParamMap({ terug: back }) } },
              },
            ]
          : []),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    navigateByUrl = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    fixture = TestBed.createComponent(LoginPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    http.expectOne({ method: 'GET', url: '/api/v1/auth/methods' }).flush(methods);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  const element = () => fixture.nativeElement as HTMLElement;

  async function input(label: string): Promise<MatInputHarness> {
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
    return (await field.getControl(MatInputHarness)) as MatInputHarness;
  }

  const click = async (text: string) => (await loader.getHarness(MatButtonHarness.with({ text }))).click();

  async function fillAndSubmit(): Promise<void> {
    await (await input('E-mailadres')).setValue(me.email);
    await (await input('Wachtwoord')).setValue('geheim-wachtwoord');
    await click('Inloggen');
  }

  /** Lets the awaited HTTP result and the signal updates it causes run to the end. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  /** Password accepted; the API asks for the code from the authenticator app. */
  async function passwordStep(result: LoginResult = { status: 'totp_required' }): Promise<void> {
    await fillAndSubmit();
    http.expectOne('/api/v1/auth/login').flush(result);
    await settle();
  }

  const alerts = () => element().querySelectorAll('[role="alert"]');
  const alertText = () => (alerts()[0]?.textContent ?? '').trim();

  it('shows the Dutch problem message in an alert when the credentials are wrong', async () => {
    await open();
    await fillAndSubmit();
    const request = http.expectOne('/api/v1/auth/login');
    expect(request.request.body).toEqual({ email: me.email, password: 'geheim-wachtwoord' });
    request.flush(wrongCode, { status: 401, statusText: 'Unauthorized' });
    await settle();

    expect(alertText()).toBe('Het e-mailadres of het wachtwoord klopt niet.');
  });

  it('goes to the coordinator’s home ("Mijn gezinnen") after a successful login', async () => {
    await open();
    await passwordStep({ status: 'authenticated', me });

    expect(navigateByUrl).toHaveBeenCalledWith('/mijn-gezinnen');
    expect(alertText()).toBe('');
  });

  it('does not call the API while the form is incomplete', async () => {
    await open();
    await click('Inloggen');
    http.expectNone('/api/v1/auth/login');
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'E-mailadres' }));
    expect(await field.getTextErrors()).toEqual(['Vul uw e-mailadres in.']);
  });

  describe('second factor', () => {
    it('asks for the code from the app on the same page, instead of the password', async () => {
      await open();
      await passwordStep();

      const code = element().querySelector('input[autocomplete="one-time-code"]');
      expect(code?.getAttribute('inputmode')).toBe('numeric');
      expect(
        await loader.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: 'Wachtwoord' })),
      ).toHaveLength(0);
      expect(document.activeElement).toBe(code);
      expect(navigateByUrl).not.toHaveBeenCalled();
    });

    it('shows a wrong code in the one alert and stays on the step', async () => {
      await open();
      await passwordStep();
      await (await input('Verificatiecode')).setValue('000000');
      await click('Bevestigen');
      const request = http.expectOne({ method: 'POST', url: '/api/v1/auth/totp/verify' });
      expect(request.request.body).toEqual({ code: '000000' });
      request.flush(wrongCode, { status: 401, statusText: 'Unauthorized' });
      await settle();

      expect(alerts()).toHaveLength(1);
      expect(alertText()).toBe('Deze code klopt niet. Vul de code in die de app nu laat zien.');
      expect(await (await input('Verificatiecode')).getValue()).toBe('000000');
      expect(navigateByUrl).not.toHaveBeenCalled();
      expect(TestBed.inject(AuthStore).isLoggedIn()).toBe(false);
    });

    it('signs in with the right code and goes to the page asked for', async () => {
      await open({ password: true, oidc: false }, '/gezinnen/c1');
      await passwordStep();
      await (await input('Verificatiecode')).setValue('123 456');
      await click('Bevestigen');
      const request = http.expectOne('/api/v1/auth/totp/verify');
      expect(request.request.body).toEqual({ code: '123456' });
      request.flush(me);
      await settle();

      expect(navigateByUrl).toHaveBeenCalledWith('/gezinnen/c1');
      expect(TestBed.inject(AuthStore).me()?.displayName).toBe('Anna de Vries');
    });

    it('checks the code before sending it', async () => {
      await open();
      await passwordStep();
      await (await input('Verificatiecode')).setValue('12a');
      await click('Bevestigen');

      http.expectNone('/api/v1/auth/totp/verify');
      const field = await loader.getHarness(
        MatFormFieldHarness.with({ floatingLabelText: 'Verificatiecode' }),
      );
      expect(await field.getTextErrors()).toEqual(['De code bestaat uit 6 cijfers.']);
    });

    it('switches to a recovery code and sends that instead', async () => {
      await open();
      await passwordStep();
      await click('Herstelcode gebruiken');
      expect(
        await loader.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: 'Verificatiecode' })),
      ).toHaveLength(0);
      await (await input('Herstelcode')).setValue('a1b2c-3d4e5');
      await click('Bevestigen');
      const request = http.expectOne('/api/v1/auth/totp/verify');
      expect(request.request.body).toEqual({ recoveryCode: 'a1b2c-3d4e5' });
      request.flush(wrongCode, { status: 401, statusText: 'Unauthorized' });
      await settle();

      expect(alertText()).toBe('Deze herstelcode klopt niet, of is al gebruikt.');
    });

    it('starts again with the password when the half-finished session has ended', async () => {
      await open();
      await passwordStep();
      await (await input('Verificatiecode')).setValue('123456');
      await click('Bevestigen');
      http
        .expectOne('/api/v1/auth/totp/verify')
        .flush({ code: 'unauthenticated' }, { status: 401, statusText: 'Unauthorized' });
      await settle();

      expect(alertText()).toBe('U bent niet meer ingelogd. Log opnieuw in.');
      expect(
        await loader.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: 'Wachtwoord' })),
      ).toHaveLength(1);
    });

    it('cancels back to the password and ends the partial session', async () => {
      await open();
      await passwordStep();
      await click('Annuleren');
      http
        .expectOne({ method: 'POST', url: '/api/v1/auth/logout' })
        .flush(null, { status: 204, statusText: '' });
      await settle();

      expect(await (await input('Wachtwoord')).getValue()).toBe('');
      expect(await (await input('E-mailadres')).getValue()).toBe(me.email);
    });

    it('sends someone without an authenticator app to the set-up, keeping the return page', async () => {
      await open({ password: true, oidc: false }, '/agenda');
      await passwordStep({ status: 'totp_enrolment_required' });

      expect(navigate).toHaveBeenCalledWith(['/tweestapsverificatie'], { queryParams: { terug: '/agenda' } });
      expect(TestBed.inject(AuthStore).isLoggedIn()).toBe(false);
    });
  });

  describe('DigiD', () => {
    const digidLink = () =>
      Array.from(element().querySelectorAll('a')).find((a) => a.textContent?.trim() === 'Inloggen met DigiD');

    it('is offered as a full-page link when the installation has it', async () => {
      await open({ password: true, oidc: true });
      expect(digidLink()?.getAttribute('href')).toBe('/api/v1/auth/oidc/start');
    });

    it('is not offered otherwise', async () => {
      await open({ password: true, oidc: false });
      expect(digidLink()).toBeUndefined();
    });
  });
});
