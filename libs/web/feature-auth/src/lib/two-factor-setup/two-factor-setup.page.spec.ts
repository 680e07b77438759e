import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { ActivatedRoute, convertToParamMap, provideRouter, Router } from '@angular/router';
import { Me, TotpEnrolment } from '@tafel/shared/contracts';
import { AuthStore } from '@tafel/web/core';
import { TwoFactorSetupPage } from './two-factor-setup.page';

const enrolment: TotpEnrolment = {
  secret: 'KRQWMZLMFVSGK3LPFUZDAMRWEE',
  otpauthUri: 'otpauth://totp/Tafel:anna%40tafel.example?secret=KRQWMZLMFVSGK3LPFUZDAMRWEE&issuer=Tafel',
  qrCode: 'data:image/png;base64,iVBORw0KGgo=',
};

const me: Me = {
  id: 'u1',
  email: 'anna@tafel.example',
  displayName: 'Anna de Vries',
  role: 'chair',
  organisation: null,
  permissions: ['me:read', 'case:read'],
};

describe('TwoFactorSetupPage', () => {
  let fixture: ComponentFixture<TwoFactorSetupPage>;
  let loader: HarnessLoader;
  let http: HttpTestingController;
  let navigate: jest.SpyInstance;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: ActivatedRoute,
          useValue: { snapshot: { queryParamMap: convertToParamMap({ terug: '/agenda' }) } },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture = TestBed.createComponent(TwoFactorSetupPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
  });

  afterEach(() => http.verify());

  const element = () => fixture.nativeElement as HTMLElement;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function started(): Promise<void> {
    http.expectOne({ method: 'POST', url: '/api/v1/auth/totp/enrolment' }).flush(enrolment);
    await settle();
  }

  async function activate(code: string): Promise<void> {
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Verificatiecode' }));
    await ((await field.getControl(MatInputHarness)) as MatInputHarness).setValue(code);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Activeren' }))).click();
  }

  it('shows the QR code, the secret as text and the code field', async () => {
    await started();

    expect(element().querySelector('h1')?.textContent?.trim()).toBe('Tweestapsverificatie instellen');
    const qr = element().querySelector('img');
    expect(qr?.getAttribute('alt')).toBe('QR-code voor uw authenticator-app');
    expect(qr?.getAttribute('src')).toBe(enrolment.qrCode);
    expect(element().querySelector('code')?.textContent?.replace(/\s/g, '')).toBe(enrolment.secret);
    const input = element().querySelector('input');
    expect(input?.getAttribute('autocomplete')).toBe('one-time-code');
    expect(input?.getAttribute('inputmode')).toBe('numeric');
  });

  it('keeps the set-up on screen when the code is wrong', async () => {
    await started();
    await activate('111111');
    http
      .expectOne('/api/v1/auth/totp/enrolment/confirm')
      .flush({ code: 'invalid_credentials' }, { status: 401, statusText: 'Unauthorized' });
    await settle();

    expect(element().querySelector('[role="alert"]')?.textContent).toContain('Deze code klopt niet.');
    expect(element().querySelector('img')).not.toBeNull();
    expect(TestBed.inject(AuthStore).isLoggedIn()).toBe(false);
  });

  it('then shows the recovery codes, and goes on only after "Ik heb de codes bewaard"', async () => {
    await started();
    await activate('123456');
    const request = http.expectOne({ method: 'POST', url: '/api/v1/auth/totp/enrolment/confirm' });
    expect(request.request.body).toEqual({ code: '123456' });
    request.flush({ recoveryCodes: ['aaaaa-11111', 'bbbbb-22222'], me });
    await settle();

    const heading = element().querySelector('h2');
    expect(heading?.textContent?.trim()).toBe('Herstelcodes');
    expect(document.activeElement).toBe(heading);
    const codes = Array.from(element().querySelectorAll('ul li')).map((li) => li.textContent?.trim());
    expect(codes).toEqual(['aaaaa-11111', 'bbbbb-22222']);
    expect(element().querySelector('img')).toBeNull();
    expect(TestBed.inject(AuthStore).me()?.displayName).toBe('Anna de Vries');
    expect(navigate).not.toHaveBeenCalled();

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Ik heb de codes bewaard' }))).click();
    expect(navigate).toHaveBeenCalledWith('/agenda');
  });

  it('says so when two-step verification was already set up', async () => {
    http
      .expectOne('/api/v1/auth/totp/enrolment')
      .flush({ code: 'conflict' }, { status: 409, statusText: 'Conflict' });
    await settle();

    expect(element().querySelector('[role="alert"]')?.textContent).toContain('al ingesteld');
    expect(element().querySelector('form')).toBeNull();
  });
});
