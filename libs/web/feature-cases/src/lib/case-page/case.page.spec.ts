import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { provideRouter } from '@angular/router';
import {
  CaseDetail,
  CaseMember,
  InvitationCreated,
  isClientRole,
  Me,
  Permission,
  TafelSummary,
} from '@tafel/shared/contracts';
import { AuthStore } from '@tafel/web/core';
import { CasePage } from './case.page';
import { caseMember, until } from '@tafel/web/ui/testing';

const detail: CaseDetail = {
  id: 'c1',
  caseNumber: 'TW-2025-00007',
  familyName: 'Jansen',
  gemeente: 'Hengelo',
  phase: 'toeleiding',
  regieMode: 'family',
  coordinator: {
    userId: 'u1',
    displayName: 'Anna de Vries',
    organisation: 'Wijkteam Hengelo',
    since: '2025-01-06',
  },
  updatedAt: '2025-03-01T10:00:00Z',
  createdAt: '2025-01-06T10:00:00Z',
  timelineWithheld: false,
  retainUntil: null,
  members: [],
};

const tafels: TafelSummary[] = [
  {
    id: 't1',
    caseId: 'c1',
    caseNumber: 'TW-2025-00007',
    familyName: 'Jansen',
    momentType: 'toeleiding',
    status: 'requested',
    requestedAt: '2025-03-03T09:00:00Z',
    dueDate: null,
    startsAt: null,
    endsAt: null,
    location: null,
    normBroken: false,
    openAgreements: 0,
    overdueAgreements: 0,
  },
];

const family: CaseMember[] = [
  caseMember({ id: 'm-sanne', hasAccount: true }),
  caseMember({ id: 'm-mark', firstName: 'Mark', lastName: 'de Vries', address: 'Marktstraat 4, Enschede' }),
  caseMember({ id: 'm-daan', kind: 'child', firstName: 'Daan', age: 14, custody: null }),
  caseMember({ id: 'm-mila', kind: 'child', firstName: 'Mila', age: 9, custody: null }),
  caseMember({ id: 'm-oma', kind: 'network', firstName: 'Gerda', lastName: 'Bakker', custody: null }),
];

describe('CasePage', () => {
  let fixture: ComponentFixture<CasePage>;
  let http: HttpTestingController;
  let loader: HarnessLoader;

  /** Opens the page as a professional (a family member's timeline waits for the case: see below). */
  async function open(
    permissions: Permission[],
    members: CaseMember[] = [],
    role: Me['role'] = 'coordinator',
    shown: Partial<CaseDetail> = {},
  ): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const me: Me = {
      id: 'u1',
      email: 'a@tafel.example',
      displayName: 'A',
      role,
      organisation: null,
      permissions,
    };
    http = TestBed.inject(HttpTestingController);
    const signIn = TestBed.inject(AuthStore).login({ email: me.email, password: 'x' });
    http.expectOne('/api/v1/auth/login').flush({ status: 'authenticated', me });
    await signIn;
    fixture = TestBed.createComponent(CasePage);
    fixture.componentRef.setInput('id', 'c1');
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
    http.expectOne('/api/v1/cases/c1').flush({ ...detail, members, ...shown });
    if (!isClientRole(role)) http.expectOne('/api/v1/cases/c1/events').flush([]);
    if (permissions.includes('tafel:request')) http.expectOne('/api/v1/tafels?caseId=c1').flush(tafels);
    await fixture.whenStable();
  }

  /** Lets the dialog's close and the page's reactions to it run to the end. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';

  afterEach(() => http.verify());

  it('shows the family, case number and coordinator, without hand-over for a non-coordinator', async () => {
    await open(['case:read']);
    expect((fixture.nativeElement as HTMLElement).querySelector('h1')?.textContent).toContain('Gezin Jansen');
    expect(text()).toContain('TW-2025-00007');
    expect(text()).toContain('Anna de Vries');
    expect(text()).toContain('Regie bij gezin');
    expect(text()).not.toContain('Bewaren tot');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Overdragen' }))).toHaveLength(0);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Regie wijzigen' }))).toHaveLength(0);
  });

  it('shows how long a closed case is kept', async () => {
    await open(['case:read'], undefined, 'coordinator', { phase: 'closed', retainUntil: '2046-12-01' });
    expect(text()).toContain('Bewaren tot');
    // The test runs in Angular's default locale (en-US); the app says "1 december 2046".
    expect(text()).toContain('Bewaren totDecember 1, 2046');
  });

  it('loads a parent’s timeline once the case says it is part of their view', async () => {
    await open(['case:read'], family, 'parent');
    http.expectOne('/api/v1/cases/c1/events').flush([]);
    await fixture.whenStable();
    expect(text()).not.toContain('De tijdlijn van dit gezin ziet u niet.');
  });

  it('does not ask for the timeline in the restricted view of a parent without custody, and says why', async () => {
    await open(['case:read'], family, 'parent', { timelineWithheld: true });
    http.expectNone('/api/v1/cases/c1/events');
    expect(text()).toContain('De tijdlijn van dit gezin ziet u niet. Dat komt door afspraken over privacy.');
    expect(text()).not.toContain('U mag dit niet doen.');
    expect(text()).not.toContain('De tijdlijn wordt geladen');
  });

  it('hands the case over: dialog closes, new coordinator shown, timeline reloaded, snackbar', async () => {
    await open(['case:read', 'case:handover']);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Overdragen' }))).click();
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Regie overdragen');
    http
      .expectOne('/api/v1/cases/c1/coordinator-candidates')
      .flush([{ id: 'u2', displayName: 'Bram Smit', organisation: null }]);

    const picker = await dialog.getHarness(MatAutocompleteHarness);
    await picker.enterText('Bram');
    await until(() => picker.isOpen());
    await picker.selectOption({ text: /Bram Smit/ });
    const reason = (await (
      await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Reden' }))
    ).getControl(MatInputHarness)) as MatInputHarness;
    await reason.setValue('Gezin verhuist naar Hengelo');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Overdracht bevestigen' }))).click();

    const coordinator = {
      userId: 'u2',
      displayName: 'Bram Smit',
      organisation: 'Wijkteam Hengelo',
      since: '2025-03-02',
    };
    http.expectOne({ method: 'PUT', url: '/api/v1/cases/c1/coordinator' }).flush({ ...detail, coordinator });
    await settle();
    http.expectOne('/api/v1/cases/c1/events').flush([]);
    await fixture.whenStable();

    expect(await loader.getAllHarnesses(MatDialogHarness)).toHaveLength(0);
    expect(text()).toContain('Bram Smit');
    expect(text()).not.toContain('Anna de Vries');
    expect(await (await loader.getHarness(MatSnackBarHarness)).getMessage()).toBe(
      'De regie is overgedragen aan Bram Smit.',
    );
  }, 20_000); // the people picker waits for its debounce; the shared test machine is slow

  it("lists the family's tafels and links to requesting a new one for holders of tafel:request", async () => {
    await open(['case:read', 'tafel:request']);
    const element = fixture.nativeElement as HTMLElement;
    const region = element.querySelector('section[aria-labelledby="tafels-heading"]');
    const links = Array.from(region?.querySelectorAll('a') ?? []).map((a) => [
      a.textContent?.trim(),
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      [expect.stringMatching(/^Toeleiding — aangevraagd op /), '/tafels/t1'],
      ['Tafel aanvragen', '/tafels/nieuw?gezin=c1'],
    ]);
    expect(region?.textContent).toContain('Aangevraagd');
  });

  it('offers no tafel section without a tafel permission', async () => {
    await open(['case:read']);
    expect((fixture.nativeElement as HTMLElement).textContent).not.toContain('Tafel aanvragen');
    expect((fixture.nativeElement as HTMLElement).querySelector('#tafels-heading')).toBeNull();
  });

  const buttonNames = () =>
    Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('button')).map((b) =>
      b.textContent?.trim(),
    );

  it('offers "Uitnodigen" for parents and children of 12+ without an account, to holders of invitation:create', async () => {
    await open(['case:read', 'invitation:create'], family);
    expect(buttonNames().filter((name) => name?.startsWith('Uitnodigen'))).toEqual([
      'Uitnodigen: Mark de Vries',
      'Uitnodigen: Daan Bakker',
    ]);
    expect(text()).toContain('Marktstraat 4, Enschede');
  });

  it('offers no invitations without invitation:create', async () => {
    await open(['case:read'], family);
    expect(buttonNames().filter((name) => name?.startsWith('Uitnodigen'))).toEqual([]);
  });

  it('invites a parent: the dialog sends memberId and e-mail, closes, and a snackbar confirms', async () => {
    await open(['case:read', 'invitation:create'], family);
    const invite = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Uitnodigen: Mark de Vries',
    );
    invite?.click();
    await fixture.whenStable();
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Uitnodiging versturen');
    const email = (await (
      await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'E-mailadres' }))
    ).getControl(MatInputHarness)) as MatInputHarness;
    await email.setValue('mark.devries@example.nl');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Versturen' }))).click();

    const request = http.expectOne({ method: 'POST', url: '/api/v1/cases/c1/invitations' });
    expect(request.request.body).toEqual({ memberId: 'm-mark', email: 'mark.devries@example.nl' });
    request.flush(created('mark.devries@example.nl', 'sent'));
    await settle();

    expect(await loader.getAllHarnesses(MatDialogHarness)).toHaveLength(0);
    expect(await (await loader.getHarness(MatSnackBarHarness)).getMessage()).toBe(
      'De uitnodiging is per e-mail verstuurd naar Mark de Vries.',
    );
    expect(text()).toContain('Uitgenodigd op');
    expect(buttonNames()).toContain('Opnieuw uitnodigen: Mark de Vries');
  });

  const invitedAt = '2026-12-01T09:00:00Z';
  const expiresAt = '2026-12-08T09:00:00Z';
  const created = (email: string, delivery: InvitationCreated['delivery']): InvitationCreated => ({
    id: 'i1',
    expiresAt,
    delivery,
    account: { state: 'invited', email, invitedAt, expiresAt },
  });

  it('invites again with the last address filled in, and says so when the demo only logged the mail', async () => {
    const daan = caseMember({
      id: 'm-daan',
      kind: 'child',
      firstName: 'Daan',
      age: 14,
      custody: null,
      account: { state: 'expired', email: 'daan@example.nl', invitedAt, expiresAt },
    });
    await open(['case:read', 'invitation:create'], [daan]);
    expect(text()).toContain('Uitnodiging verlopen');
    expect(buttonNames()).toContain('Opnieuw uitnodigen: Daan Bakker');
    await (await loader.getHarness(MatButtonHarness.with({ text: /Opnieuw uitnodigen/ }))).click();
    await fixture.whenStable();
    const dialog = await loader.getHarness(MatDialogHarness);
    const email = (await (
      await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'E-mailadres' }))
    ).getControl(MatInputHarness)) as MatInputHarness;
    expect(await email.getValue()).toBe('daan@example.nl');
    expect(await dialog.getText()).toContain('De link uit de vorige uitnodiging werkt daarna niet meer.');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Versturen' }))).click();

    const request = http.expectOne({ method: 'POST', url: '/api/v1/cases/c1/invitations' });
    expect(request.request.body).toEqual({ memberId: 'm-daan', email: 'daan@example.nl' });
    request.flush(created('daan@example.nl', 'logged'));
    await settle();

    expect(await (await loader.getHarness(MatSnackBarHarness)).getMessage()).toBe(
      'De uitnodiging voor Daan Bakker is klaar. Deze demo verstuurt geen e-mail: de link staat in het serverlog.',
    );
    expect(text()).toContain('Uitgenodigd op');
    expect(text()).not.toContain('Uitnodiging verlopen');
  });

  const lisa = caseMember({ id: 'm-lisa', kind: 'child', firstName: 'Lisa', age: 17, custody: null });

  it("records a 16+ child's consent on the child's row: only for children of 16+, with a snackbar", async () => {
    await open(['case:read', 'case:consent'], [...family, lisa]);
    const toggles = await loader.getAllHarnesses(MatSlideToggleHarness);
    expect(await Promise.all(toggles.map((t) => t.getLabelText()))).toEqual([
      'Toestemming 16+: ouders mogen het deel van het kind zien: Lisa Bakker',
    ]);
    expect(await toggles[0].isChecked()).toBe(false);
    await toggles[0].toggle();
    const request = http.expectOne({ method: 'PUT', url: '/api/v1/cases/c1/members/m-lisa/consent' });
    expect(request.request.body).toEqual({ sharesWithParents: true });
    request.flush({ ...detail, members: [...family, { ...lisa, sharesWithParents: true }] });
    await fixture.whenStable();
    expect(await toggles[0].isChecked()).toBe(true);
    expect(await (await loader.getHarness(MatSnackBarHarness)).getMessage()).toBe(
      'Toestemming vastgelegd: de ouders mogen het deel van Lisa Bakker zien.',
    );
  });

  it('offers no consent switch without case:consent', async () => {
    await open(['case:read'], [...family, lisa]);
    expect(await loader.getAllHarnesses(MatSlideToggleHarness)).toHaveLength(0);
  });

  it('offers emergency access on a case the professional cannot see, and loads it once granted', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const signIn = TestBed.inject(AuthStore).loadMe();
    http.expectOne('/api/v1/me').flush({
      id: 'u5',
      email: 'p@tafel.example',
      displayName: 'P',
      role: 'professional',
      organisation: null,
      permissions: ['case:read', 'case:emergency'],
    } satisfies Me);
    await signIn;
    fixture = TestBed.createComponent(CasePage);
    fixture.componentRef.setInput('id', 'c1');
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
    const notFound = { code: 'not_found' };
    http.expectOne('/api/v1/cases/c1').flush(notFound, { status: 404, statusText: 'Not Found' });
    http.expectOne('/api/v1/cases/c1/events').flush(notFound, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('h1')?.textContent).toContain(
      'Gezin niet gevonden',
    );

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Noodtoegang vragen' }))).click();
    const dialog = await loader.getHarness(MatDialogHarness);
    const reason = (await (
      await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Waarom is dit nodig?' }))
    ).getControl(MatInputHarness)) as MatInputHarness;
    await reason.setValue('Te kort');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Noodtoegang vragen' }))).click();
    http.expectNone('/api/v1/cases/c1/emergency-access');

    await reason.setValue('Politie meldt acuut onveilige situatie bij dit gezin');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Noodtoegang vragen' }))).click();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/cases/c1/emergency-access' });
    expect(request.request.body).toEqual({ reason: 'Politie meldt acuut onveilige situatie bij dit gezin' });
    request.flush({ id: 'e1', caseId: 'c1', expiresAt: '2026-04-14T15:00:00Z' });
    await settle();

    http.expectOne('/api/v1/cases/c1').flush(detail);
    http.expectOne('/api/v1/cases/c1/events').flush([]);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('h1')?.textContent).toContain('Gezin Jansen');
    expect(text()).toContain('U bekijkt dit gezin met noodtoegang');
  });
});
