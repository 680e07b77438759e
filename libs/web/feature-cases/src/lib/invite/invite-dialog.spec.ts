import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { caseMember } from '@tafel/web/ui/testing';
import { InviteDialog } from './invite-dialog';
import { isInvitable } from './invitable';

describe('InviteDialog', () => {
  const close = jest.fn();
  let http: HttpTestingController;
  let loader: HarnessLoader;

  beforeEach(async () => {
    close.mockReset();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MAT_DIALOG_DATA, useValue: { caseId: 'c1', memberId: 'm1', name: 'Mark de Vries' } },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(InviteDialog);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const emailField = () => loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'E-mailadres' }));

  async function send(email: string): Promise<void> {
    await ((await (await emailField()).getControl(MatInputHarness)) as MatInputHarness).setValue(email);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Versturen' }))).click();
  }

  it('checks the e-mail address before sending', async () => {
    await send('mark.devries');
    http.expectNone('/api/v1/cases/c1/invitations');
    expect(await (await emailField()).getTextErrors()).toEqual(['Dit is geen geldig e-mailadres.']);
  });

  it('sends memberId and e-mail, and closes with the invitation', async () => {
    await send('mark.devries@example.nl');
    const request = http.expectOne({ method: 'POST', url: '/api/v1/cases/c1/invitations' });
    expect(request.request.body).toEqual({ memberId: 'm1', email: 'mark.devries@example.nl' });
    request.flush({ id: 'i1', expiresAt: '2026-05-01T10:00:00Z' });
    expect(close).toHaveBeenCalledWith({ id: 'i1', expiresAt: '2026-05-01T10:00:00Z' });
  });

  it('explains in Dutch when the person or address already has an account, and stays open', async () => {
    await send('sanne@example.nl');
    http
      .expectOne('/api/v1/cases/c1/invitations')
      .flush({ code: 'conflict', status: 409 }, { status: 409, statusText: 'Conflict' });
    await new Promise((resolve) => setTimeout(resolve));
    expect(close).not.toHaveBeenCalled();
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('heeft al een account');
  });
});

describe('isInvitable', () => {
  it('holds for parents and children from 12 without an account, and nobody else', () => {
    expect(isInvitable(caseMember({ kind: 'parent', age: null }))).toBe(true);
    expect(isInvitable(caseMember({ kind: 'parent', age: null, hasAccount: true }))).toBe(false);
    expect(isInvitable(caseMember({ kind: 'child', age: 12 }))).toBe(true);
    expect(isInvitable(caseMember({ kind: 'child', age: 11 }))).toBe(false);
    expect(isInvitable(caseMember({ kind: 'network', age: 40 }))).toBe(false);
  });
});
