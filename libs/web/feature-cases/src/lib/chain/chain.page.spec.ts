import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { CaseDetail, ChainEvent, Me, Measure } from '@tafel/shared/contracts';
import { AuthStore } from '@tafel/web/core';
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

describe('ChainPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ChainPage>;

  async function open(
    me: Pick<Me, 'id' | 'organisation'>,
    organisationType: string,
    measures: Measure[] = [],
  ): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
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
    http.expectOne('/api/v1/cases/c1').flush(detail);
    http.expectOne('/api/v1/cases/c1/events').flush([phaseChanged]);
    http.expectOne('/api/v1/cases/c1/measures').flush(measures);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';

  it('lets the coordinator add professionals, and shows the phase history', async () => {
    await open({ id: 'u1', organisation: { id: 'o1', name: 'Wijkteam Almelo' } }, 'wijkteam');
    expect(text()).toContain('Professional toevoegen');
    expect(text()).toContain('Uw organisatie legt geen mijlpalen van de keten vast');
    expect(text()).toMatch(/van Toeleiding naar Raadsonderzoek/i);
  });

  it('offers the RvdK its own milestones and no professionals to add on a case it does not coordinate', async () => {
    await open({ id: 'u7', organisation: { id: 'o1', name: 'Raad' } }, 'raad');
    expect(text()).not.toContain('Professional toevoegen');
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
