import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { Me, ROLE_PERMISSIONS, Role, ROLES } from '@tafel/shared/contracts';
import { AuthStore, problemMessage } from '@tafel/web/core';
import { Shell } from './shell';

describe('Shell', () => {
  let fixture: ComponentFixture<Shell>;
  let http: HttpTestingController;

  async function render(role: Role, displayName = 'Anna de Vries'): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    const me: Me = {
      id: 'u1',
      email: 'u1@tafel.example',
      displayName,
      role,
      organisation: null,
      permissions: [...ROLE_PERMISSIONS[role]],
    };
    const signIn = TestBed.inject(AuthStore).login({ email: me.email, password: 'x' });
    http.expectOne('/api/v1/auth/login').flush({ status: 'authenticated', me });
    await signIn;
    fixture = TestBed.createComponent(Shell);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const navLinks = (element: HTMLElement) =>
    Array.from(element.querySelectorAll('nav a')).map((a) => [a.textContent?.trim(), a.getAttribute('href')]);

  afterEach(() => {
    // The shell asks once when the session ends (for the warning a minute before).
    expect(http.match('/api/v1/auth/session')).toHaveLength(1);
    http.verify();
  });

  it('gives a coordinator "Mijn gezinnen", "Gezinnen", "Tafels" and "Agenda", with name and Dutch role in the top bar', async () => {
    const element = await render('coordinator');
    expect(navLinks(element)).toEqual([
      ['Mijn gezinnen', '/mijn-gezinnen'],
      ['Gezinnen', '/gezinnen'],
      ['Tafels', '/tafels'],
      ['Agenda', '/agenda'],
    ]);
    expect(element.querySelector('header')?.textContent).toContain('Anna de Vries');
    expect(element.querySelector('header')?.textContent).toContain('Regievoerder');
  });

  it('gives a parent "Mijn gezin" instead of "Gezinnen", "Mijn gesprek" and "Wie keek in mijn dossier"', async () => {
    const element = await render('parent', 'Sanne Bakker');
    expect(navLinks(element)).toEqual([
      ['Mijn gezin', '/mijn-gezin'],
      ['Mijn gesprek', '/mijn-tafel'],
      ['Wie keek in mijn dossier', '/wie-keek'],
    ]);
    expect(element.querySelector('header')?.textContent).toContain('Ouder');
  });

  it('gives an auditor the start page and the ketenmonitor', async () => {
    const element = await render('auditor');
    expect(navLinks(element)).toEqual([
      ['Start', '/start'],
      ['Ketenmonitor', '/monitor'],
    ]);
    expect(element.querySelector('header')?.textContent).toContain('Beleidsmedewerker');
  });

  it.each<[Role, string[]]>([
    ['chair', ['Gezinnen', 'Tafels', 'Agenda']],
    ['secretary', ['Gezinnen', 'Tafels', 'Agenda']],
    ['professional', ['Mijn gezinnen', 'Gezinnen', 'Tafels']],
    // A child's words for it, the same as on their home page and on /wie-keek.
    ['child', ['Mijn gezin', 'Mijn gesprek', 'Wie keek in mijn gegevens']],
    ['network', ['Mijn gezin']],
    ['admin', ['Start', 'Agenda', 'Beheer']],
    ['privacy_officer', ['Start', 'Toegangslog']],
  ])('gives a %s the menu %j', async (role, labels) => {
    const element = await render(role);
    expect(navLinks(element).map(([label]) => label)).toEqual(labels);
  });

  it.each(ROLES)(
    'shows "Wie keek in mijn dossier/gegevens" to a %s only when a parent or child',
    async (role) => {
      const element = await render(role);
      const links = navLinks(element).filter(([, path]) => path === '/wie-keek');
      const label = role === 'child' ? 'Wie keek in mijn gegevens' : 'Wie keek in mijn dossier';
      expect(links).toEqual(role === 'parent' || role === 'child' ? [[label, '/wie-keek']] : []);
    },
  );

  const settled = () => new Promise((resolve) => setTimeout(resolve, 50));
  const forbidden = new HttpErrorResponse({ status: 403 });

  it('says "je" to a child in the problem messages', async () => {
    await render('child', 'Daan Bakker');
    await settled();
    expect(problemMessage(forbidden)).toBe('Je mag dit niet doen.');
  });

  it('says "u" to a parent again after a child', async () => {
    await render('parent', 'Sanne Bakker');
    await settled();
    expect(problemMessage(forbidden)).toBe('U mag dit niet doen.');
  });

  it('has a skip link to the main landmark', async () => {
    const element = await render('coordinator');
    const skip = element.querySelector('a.skip-link');
    expect(skip?.textContent?.trim()).toBe('Naar de inhoud');
    skip?.dispatchEvent(new MouseEvent('click', { cancelable: true }));
    expect(document.activeElement).toBe(element.querySelector('main'));
  });

  it('signs out and goes to the login page', async () => {
    const element = await render('coordinator');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const button = Array.from(element.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Uitloggen',
    );
    button?.click();
    http
      .expectOne({ method: 'POST', url: '/api/v1/auth/logout' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await new Promise((resolve) => setTimeout(resolve));

    expect(navigate).toHaveBeenCalledWith('/login');
    expect(TestBed.inject(AuthStore).isLoggedIn()).toBe(false);
  });
});
