import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { provideRouter } from '@angular/router';
import { CaseDetail, ChainEvent, Me, Measure } from '@tafel/shared/contracts';
import { AuthStore } from '@tafel/web/core';
import { Confirmation } from '@tafel/web/ui';
import { until } from '@tafel/web/ui/testing';
import { ChainPage } from './chain.page';

const detail: CaseDetail = {
  id: 'c1',
  caseNumber: 'TW-2026-00001',
  familyName: 'Mulder',
  gemeente: 'Almelo',
  phase: 'investigation',
  regieMode: 'professional',
  coordinator: {
    userId: 'u1',
    displayName: 'Regievoerder Almelo',
    organisation: 'Wijkteam Almelo',
    since: '2026-01-01T10:00:00Z',
  },
  updatedAt: '2026-11-01T10:00:00Z',
  createdAt: '2026-01-01T10:00:00Z',
  timelineWithheld: false,
  retainUntil: null,
  members: [],
};

const phaseChanged = {
  id: 'e1',
  occurredAt: '2026-05-01T10:00:00Z',
  actor: 'Anneke Boswinkel',
  type: 'phase_changed',
  data: { from: 'toeleiding', to: 'investigation' },
  attribution: {
    gemeente: 'Almelo',
    organisationId: null,
    actorRole: null,
    requesterType: null,
    giOrganisationId: null,
  },
} as ChainEvent;

/** What the API tells the active coordinator: the professionals they may take out of the file. */
const withProfessionals: CaseDetail = {
  ...detail,
  professionals: [
    {
      userId: 'u9',
      displayName: 'Rik Huttenhuis',
      organisation: 'Jeugdbescherming Overijssel',
      since: '2026-03-02T09:00:00Z',
    },
  ],
};

describe('ChainPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ChainPage>;
  let confirmed: string[];

  async function open(
    me: Pick<Me, 'id' | 'organisation'>,
    organisationType: string,
    measures: Measure[] = [],
    shown: CaseDetail = detail,
  ): Promise<void> {
    confirmed = [];
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: Confirmation, useValue: { show: (m: string) => confirmed.push(m) } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const signIn = TestBed.inject(AuthStore).login({ email: 'x@tafel.example', password: 'x' });
    http.expectOne('/api/v1/auth/login').flush({
      status: 'authenticated',
      me: {
        email: 'x@tafel.example',
        displayName: 'X',
        role: 'professional',
        permissions: ['case:read'],
        ...me,
      },
    });
    await signIn;
    fixture = TestBed.createComponent(ChainPage);
    fixture.componentRef.setInput('id', 'c1');
    await fixture.whenStable();
    http
      .expectOne('/api/v1/organisations')
      .flush([{ id: 'o1', name: 'Org', type: organisationType, gemeente: null, parentId: null }]);
    flushCase(shown, measures);
    await fixture.whenStable();
  }

  function flushCase(shown: CaseDetail, measures: Measure[] = []): void {
    http.expectOne('/api/v1/cases/c1').flush(shown);
    http.expectOne('/api/v1/cases/c1/events').flush([phaseChanged]);
    http.expectOne('/api/v1/cases/c1/measures').flush(measures);
  }

  const coordinator = { id: 'u1', organisation: { id: 'o1', name: 'Wijkteam Almelo' } };
  const dialogs = () =>
    TestbedHarnessEnvironment.documentRootLoader(fixture).getAllHarnesses(MatDialogHarness);
  const removeButton = () =>
    Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Uit het dossier halen'),
    );

  afterEach(() => http.verify());

  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';

  it('lets the coordinator add professionals, and shows the phase history', async () => {
    await open({ id: 'u1', organisation: { id: 'o1', name: 'Wijkteam Almelo' } }, 'wijkteam');
    expect(text()).toContain('Professional toevoegen');
    expect(text()).toContain('Uw organisatie legt geen mijlpalen van de keten vast');
    expect(text()).toMatch(/van Toeleiding naar Raadsonderzoek/i);
  });

  it('lists the added professionals to the coordinator, each with a button to take them out of the file', async () => {
    await open(coordinator, 'wijkteam', [], withProfessionals);
    const section = (fixture.nativeElement as HTMLElement).querySelector('[aria-labelledby="added-heading"]');
    expect(section?.textContent).toContain('Rik Huttenhuis');
    expect(section?.textContent).toContain('Jeugdbescherming Overijssel');
    expect(removeButton()?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Uit het dossier halen: Rik Huttenhuis',
    );
  });

  it('takes a professional out of the file only after a confirmation that names them, then says so', async () => {
    await open(coordinator, 'wijkteam', [], withProfessionals);
    removeButton()?.click();
    const [dialog] = await dialogs();
    expect(await dialog.getTitleText()).toBe('Rik Huttenhuis uit het dossier halen?');
    expect(await dialog.getContentText()).toContain(
      'Rik Huttenhuis kan het gezin Mulder daarna niet meer zien.',
    );
    http.expectNone({ method: 'DELETE' });
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Uit het dossier halen' }))).click();
    http
      .expectOne({ method: 'DELETE', url: '/api/v1/cases/c1/professionals/u9' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await until(() => confirmed.length > 0);
    expect(confirmed).toEqual(['Rik Huttenhuis is uit het dossier gehaald.']);
    expect(await dialogs()).toHaveLength(0);
    // The page asks again: the professional is no longer on the list.
    flushCase(detail);
    await fixture.whenStable();
    expect(removeButton()).toBeUndefined();
    expect(text()).toContain('Er zijn geen professionals aan het dossier toegevoegd.');
  });

  it('changes nothing when the coordinator goes back, and keeps the dialog open with the problem when it fails', async () => {
    await open(coordinator, 'wijkteam', [], withProfessionals);
    removeButton()?.click();
    let [dialog] = await dialogs();
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Terug' }))).click();
    http.expectNone({ method: 'DELETE' });
    expect(await dialogs()).toHaveLength(0);

    removeButton()?.click();
    [dialog] = await dialogs();
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Uit het dossier halen' }))).click();
    http
      .expectOne({ method: 'DELETE', url: '/api/v1/cases/c1/professionals/u9' })
      .flush(
        { type: 'about:blank', title: 'Not found', status: 404, code: 'not_found', detail: 'Case not found' },
        { status: 404, statusText: 'Not Found' },
      );
    await fixture.whenStable();
    expect(await dialogs()).toHaveLength(1);
    expect(confirmed).toEqual([]);
  });

  it('offers the RvdK its own milestones and no professionals to add on a case it does not coordinate', async () => {
    await open({ id: 'u7', organisation: { id: 'o1', name: 'Raad' } }, 'raad');
    expect(text()).not.toContain('Professional toevoegen');
    expect(text()).not.toContain('Professionals in het dossier');
    expect(removeButton()).toBeUndefined();
    expect(text()).toContain('Mijlpaal vastleggen');
    expect(text()).not.toContain('Uw organisatie legt geen mijlpalen');
  });

  it("shows the professionals the family's measures: type and GI", async () => {
    await open({ id: 'u7', organisation: { id: 'o1', name: 'Raad' } }, 'raad', [
      {
        id: 'x1',
        caseId: 'c1',
        memberId: 'm1',
        type: 'ots',
        courtDate: '2026-12-01',
        startsOn: '2026-12-01',
        endsOn: '2027-12-01',
        giOrganisationId: 'g1',
        giOrganisationName: 'Jeugdbescherming Overijssel',
        jeugdbeschermerId: null,
        jeugdbeschermerName: null,
        extensions: [],
        endedOn: null,
        endReason: null,
      },
    ]);
    const section = (fixture.nativeElement as HTMLElement).querySelector(
      '[aria-labelledby="measures-heading"]',
    );
    expect(section?.textContent).toContain('Ondertoezichtstelling (OTS)');
    expect(section?.textContent).toContain('Jeugdbescherming Overijssel');
  });
});
