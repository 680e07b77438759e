import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter, Router } from '@angular/router';
import { InvitationInfo, LoginMethods, Me } from '@tafel/shared/contracts';
import { AuthStore } from '@tafel/web/core';
import { InvitationPage } from './invitation.page';

const info: InvitationInfo = {
  role: 'parent',
  email: 'mark.devries@example.nl',
  expiresAt: '2026-05-01T10:00:00Z',
};

const mark: Me = {
  id: 'u9',
  email: info.email,
  displayName: 'Mark de Vries',
  role: 'parent',
  organisation: null,
  permissions: ['me:read', 'case:read', 'accesslog:own'],
};

describe('InvitationPage', () => {
  let fixture: ComponentFixture<InvitationPage>;
  let loader: HarnessLoader;
  let http: HttpTestingController;
  let navigate: jest.SpyInstance;

  async function open(
    answer: { body: object; status?: number },
    methods: LoginMethods = { password: true, oidc: false },
  ): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture = TestBed.createComponent(InvitationPage);
    fixture.componentRef.setInput('token', 'tok-123');
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
    http.expectOne('/api/v1/auth/methods').flush(methods);
    http
      .expectOne({ method: 'GET', url: '/api/v1/invitations/tok-123' })
      .flush(answer.body, answer.status ? { status: answer.status, statusText: 'Error' } : {});
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  const element = () => fixture.nativeElement as HTMLElement;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function fill(password: string, repeat: string): Promise<void> {
    for (const [label, value] of [
      ['Wachtwoord', password],
      ['Herhaal wachtwoord', repeat],
    ]) {
      const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
      await ((await field.getControl(MatInputHarness)) as MatInputHarness).setValue(value);
    }
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Account aanmaken' }))).click();
  }

  it('explains Tafel and shows for which address the account is', async () => {
    await open({ body: info });
    expect(element().querySelector('h1')?.textContent?.trim()).toBe('Account aanmaken');
    expect(element().textContent).toContain('Uw regievoerder nodigt u uit voor Tafel.');
    expect(element().textContent).toContain('mark.devries@example.nl');
  });

  it('addresses a child with "je"', async () => {
    await open({ body: { ...info, role: 'child' } });
    expect(element().textContent).toContain('Je regievoerder nodigt je uit voor Tafel.');
  });

  it('blocks passwords that do not match, or are too short', async () => {
    await open({ body: info });
    await fill('een-lang-wachtwoord-2026', 'een-ander-wachtwoord-2026');
    http.expectNone('/api/v1/invitations/tok-123/accept');
    const repeat = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Herhaal wachtwoord' }),
    );
    expect(await repeat.getTextErrors()).toEqual(['De wachtwoorden zijn niet hetzelfde.']);

    await fill('te-kort', 'te-kort');
    http.expectNone('/api/v1/invitations/tok-123/accept');
    const password = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Wachtwoord' }));
    expect(await password.getTextErrors()).toEqual([
      'Het wachtwoord is te kort. Gebruik minstens 12 tekens.',
    ]);
  });

  it('creates the account, keeps who signed in and goes to their home page', async () => {
    await open({ body: info });
    await fill('een-lang-wachtwoord-2026', 'een-lang-wachtwoord-2026');
    const request = http.expectOne({ method: 'POST', url: '/api/v1/invitations/tok-123/accept' });
    expect(request.request.body).toEqual({ password: 'een-lang-wachtwoord-2026' });
    request.flush(mark);
    await settle();

    expect(TestBed.inject(AuthStore).me()?.displayName).toBe('Mark de Vries');
    expect(navigate).toHaveBeenCalledWith('/mijn-gezin');
  });

  it.each([404, 410])('shows a clear message and no form when the invitation answers %i', async (status) => {
    await open({ body: { code: status === 410 ? 'invitation_expired' : 'not_found' }, status });
    expect(element().querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      'Deze uitnodiging is niet (meer) geldig. Vraag uw regievoerder om een nieuwe.',
    );
    expect(element().querySelector('form')).toBeNull();
  });

  it('shows the message when the invitation expires while filling in the form', async () => {
    await open({ body: info });
    await fill('een-lang-wachtwoord-2026', 'een-lang-wachtwoord-2026');
    http
      .expectOne('/api/v1/invitations/tok-123/accept')
      .flush({ code: 'invitation_expired' }, { status: 410, statusText: 'Gone' });
    await settle();

    expect(element().textContent).toContain('Deze uitnodiging is niet (meer) geldig.');
    expect(element().querySelector('form')).toBeNull();
    expect(TestBed.inject(AuthStore).isLoggedIn()).toBe(false);
  });

  it('offers DigiD for this invitation when the installation has it', async () => {
    await open({ body: info }, { password: true, oidc: true });
    const link = Array.from(element().querySelectorAll('a')).find(
      (a) => a.textContent?.trim() === 'Inloggen met DigiD',
    );
    expect(link?.getAttribute('href')).toBe('/api/v1/auth/oidc/start?invitation=tok-123');
  });
});
