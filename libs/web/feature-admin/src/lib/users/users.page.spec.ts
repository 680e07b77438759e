import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormGroup } from '@angular/forms';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { AdminUser } from '@tafel/shared/contracts';
import { AuthStore } from '@tafel/web/core';
import { Confirmation } from '@tafel/web/ui';
import { until } from '@tafel/web/ui/testing';
import { UsersPage } from './users.page';

const rik: AdminUser = {
  id: 'u1',
  email: 'gi@tafel.example',
  displayName: 'Rik Huttenhuis',
  role: 'professional',
  organisation: { id: 'o1', name: 'Jeugdbescherming Overijssel' },
  active: true,
  secondFactor: true,
  invitationOpen: false,
};

describe('UsersPage', () => {
  let http: HttpTestingController;
  let confirmed: string[];
  let fixture: ComponentFixture<UsersPage>;
  /** The signed-in administrator's own account. */
  let signedIn: string;

  beforeEach(() => {
    confirmed = [];
    signedIn = 'admin';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: Confirmation, useValue: { show: (m: string) => confirmed.push(m) } },
        { provide: AuthStore, useValue: { me: () => ({ id: signedIn }) } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  /** The list's request, once the search's pause (250 ms) is over. */
  const usersRequest = () => until(() => http.match((r) => r.url === '/api/v1/admin/users')[0]);

  async function render(total = 1): Promise<HTMLElement> {
    fixture = TestBed.createComponent(UsersPage);
    fixture.detectChanges();
    http.expectOne('/api/v1/organisations').flush([]);
    (await usersRequest()).flush([rik], { headers: { 'X-Total-Count': String(total) } });
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  const button = (element: HTMLElement, text: string) =>
    Array.from(element.querySelectorAll('button')).find((b) =>
      b.textContent?.includes(text),
    ) as HTMLButtonElement;
  const dialogs = () =>
    TestbedHarnessEnvironment.documentRootLoader(fixture).getAllHarnesses(MatDialogHarness);
  const inDialog = async (text: string) =>
    (
      await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatButtonHarness.with({ text }))
    ).click();

  it('says when more accounts match than the list shows, and not otherwise', async () => {
    expect((await render()).textContent).not.toContain('Hier staan de eerste');
    fixture.destroy();
    const element = await render(140);
    expect(element.textContent?.replace(/\s+/g, ' ')).toContain(
      'Hier staan de eerste 1 van 140 accounts. Zoek op naam of e-mailadres om de andere te vinden.',
    );
  });

  it('lists accounts with their state, and resets a second factor only after asking, then confirms', async () => {
    const element = await render();
    expect(element.textContent).toContain('Rik Huttenhuis');
    expect(element.textContent).toContain('Actief, met tweestapsverificatie');
    button(element, 'Tweestapsverificatie wissen').click();
    const [dialog] = await dialogs();
    expect(await dialog.getTitleText()).toBe('Tweestapsverificatie van Rik Huttenhuis wissen?');
    http.expectNone({ method: 'POST' });
    await inDialog('Wissen');
    http
      .expectOne({ method: 'POST', url: '/api/v1/admin/users/u1/second-factor/reset' })
      .flush({ ...rik, secondFactor: false });
    await until(() => confirmed.length > 0);
    expect(confirmed).toEqual([
      expect.stringContaining('De tweestapsverificatie van Rik Huttenhuis is gewist'),
    ]);
    expect(await dialogs()).toHaveLength(0);
    fixture.detectChanges();
    (await usersRequest()).flush([{ ...rik, secondFactor: false }]);
  }, 30_000);

  it('empties the form after an account is made, without turning its fields red', async () => {
    const element = await render();
    const form = (fixture.componentInstance as unknown as { form: FormGroup }).form;
    form.setValue({
      email: 'nieuw@tafel.example',
      displayName: 'Nieuw',
      role: 'chair',
      organisationId: 'o1',
    });
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    http.expectOne({ method: 'POST', url: '/api/v1/admin/users' }).flush({ ...rik, id: 'u2' });
    (await usersRequest()).flush([rik]);
    await fixture.whenStable();
    fixture.detectChanges();
    expect(form.getRawValue().email).toBe('');
    expect(confirmed).toHaveLength(1);
    expect(element.querySelectorAll('mat-error')).toHaveLength(0);
  });

  const carries = (families: number, tafelsToChair: number, tafelsToMinute: number) =>
    http
      .expectOne({ method: 'GET', url: '/api/v1/admin/users/u1/responsibilities' })
      .flush({ families, tafelsToChair, tafelsToMinute });

  it('deactivates nobody when the administrator goes back, and says so when it is done', async () => {
    const element = await render();
    button(element, 'Deactiveren').click();
    carries(0, 0, 0);
    const [dialog] = await dialogs();
    expect(await dialog.getContentText()).toContain('wordt nu overal uitgelogd');
    expect(await dialog.getContentText()).toContain('is geen regievoerder van een gezin');
    await inDialog('Terug');
    http.expectNone({ method: 'POST' });
    expect(confirmed).toEqual([]);

    button(element, 'Deactiveren').click();
    carries(0, 0, 0);
    await inDialog('Deactiveren');
    http
      .expectOne({ method: 'POST', url: '/api/v1/admin/users/u1/deactivate' })
      .flush({ ...rik, active: false });
    await until(() => confirmed.length > 0);
    expect(confirmed).toEqual(['Rik Huttenhuis is gedeactiveerd en overal uitgelogd.']);
    fixture.detectChanges();
    (await usersRequest()).flush([{ ...rik, active: false }]);
  }, 30_000);

  it('warns, in numbers only, what the person still carries before deactivating', async () => {
    const element = await render();
    button(element, 'Deactiveren').click();
    carries(3, 1, 0);
    const [dialog] = await dialogs();
    const text = await dialog.getContentText();
    expect(text).toContain('Let op: Rik Huttenhuis heeft nog werk dat iemand anders moet overnemen.');
    expect(text).toContain('Regievoerder van gezinnen: 3.');
    expect(text).toContain('Voorzitter van tafels die nog niet zijn afgerond: 1.');
    expect(text).not.toContain('Notulist');
    await inDialog('Terug');
    http.expectNone({ method: 'POST' });
  }, 30_000);

  it('says why it cannot ask when the counts do not load, and deactivates nobody', async () => {
    const element = await render();
    button(element, 'Deactiveren').click();
    http
      .expectOne('/api/v1/admin/users/u1/responsibilities')
      .flush({ code: 'forbidden' }, { status: 403, statusText: 'Forbidden' });
    fixture.detectChanges();
    expect(await dialogs()).toHaveLength(0);
    expect(element.textContent).toContain('U mag dit niet doen.');
  });

  it('edits an account in the form above the list, and sends only to the account edited', async () => {
    const element = await render();
    button(element, 'Wijzigen').click();
    fixture.detectChanges();
    expect(element.querySelector('h3')?.textContent).toContain('Rik Huttenhuis wijzigen');
    expect(document.activeElement).toBe(element.querySelector('input[formcontrolname="displayName"]'));
    const form = (fixture.componentInstance as unknown as { form: FormGroup }).form;
    form.patchValue({ displayName: 'Rik H.', email: 'rik@tafel.example' });
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    const req = http.expectOne({ method: 'PATCH', url: '/api/v1/admin/users/u1' });
    expect(req.request.body).toEqual({
      displayName: 'Rik H.',
      email: 'rik@tafel.example',
      role: 'professional',
      organisationId: 'o1',
    });
    req.flush({ ...rik, displayName: 'Rik H.' });
    (await usersRequest()).flush([rik]);
    await fixture.whenStable();
    fixture.detectChanges();
    expect(confirmed).toEqual(['De gegevens van Rik H. zijn opgeslagen.']);
    expect(element.querySelector('h3')?.textContent).toContain('Nieuw account');
  });

  it('keeps the role field of the administrator’s own account closed, and sends their role unchanged', async () => {
    signedIn = 'u1';
    const element = await render();
    button(element, 'Wijzigen').click();
    fixture.detectChanges();
    const form = (fixture.componentInstance as unknown as { form: FormGroup }).form;
    expect(form.controls['role'].disabled).toBe(true);
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    const req = http.expectOne({ method: 'PATCH', url: '/api/v1/admin/users/u1' });
    expect(req.request.body.role).toBe('professional');
    req.flush(rik);
    (await usersRequest()).flush([rik]);
    await fixture.whenStable();
    expect(form.controls['role'].enabled).toBe(true);
  });

  it("offers no deactivation of the administrator's own account", async () => {
    expect(button(await render(), 'Deactiveren')).toBeDefined();
    fixture.destroy();
    signedIn = 'u1';
    expect(button(await render(), 'Deactiveren')).toBeUndefined();
  });

  it('shows a refused role change in words and keeps the form', async () => {
    const element = await render();
    button(element, 'Wijzigen').click();
    fixture.detectChanges();
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    http
      .expectOne({ method: 'PATCH', url: '/api/v1/admin/users/u1' })
      .flush({ code: 'member_of_cases', status: 409 }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    fixture.detectChanges();
    expect(element.textContent).toContain('nog bij gezinnen of tafels betrokken');
    expect(element.querySelector('h3')?.textContent).toContain('Rik Huttenhuis wijzigen');
  });

  it('reactivates a deactivated account only after asking, and offers no other action for it', async () => {
    fixture = TestBed.createComponent(UsersPage);
    fixture.detectChanges();
    http.expectOne('/api/v1/organisations').flush([]);
    (await usersRequest()).flush([{ ...rik, active: false }]);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    expect(button(element, 'Deactiveren')).toBeUndefined();
    button(element, 'Weer activeren').click();
    const [dialog] = await dialogs();
    expect(await dialog.getTitleText()).toBe('Rik Huttenhuis weer activeren?');
    await inDialog('Weer activeren');
    http.expectOne({ method: 'POST', url: '/api/v1/admin/users/u1/reactivate' }).flush(rik);
    await until(() => confirmed.length > 0);
    expect(confirmed).toEqual(['Rik Huttenhuis is weer actief en kan inloggen.']);
    fixture.detectChanges();
    (await usersRequest()).flush([rik]);
  }, 30_000);

  it('hands over the families of a deactivated coordinator only when there are any', async () => {
    fixture = TestBed.createComponent(UsersPage);
    fixture.detectChanges();
    http.expectOne('/api/v1/organisations').flush([]);
    (await usersRequest()).flush([{ ...rik, role: 'coordinator', active: false }]);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    button(element, 'Regie overdragen').click();
    carries(0, 0, 0);
    expect(confirmed).toEqual(['Rik Huttenhuis is van geen enkel gezin meer regievoerder.']);
    expect(await dialogs()).toHaveLength(0);

    button(element, 'Regie overdragen').click();
    carries(2, 0, 0);
    const [dialog] = await dialogs();
    expect(await dialog.getTitleText()).toBe('Regie van Rik Huttenhuis overdragen');
    await dialog.close();
  }, 30_000);
});
