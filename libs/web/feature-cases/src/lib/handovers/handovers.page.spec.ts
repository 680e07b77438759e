import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { provideRouter } from '@angular/router';
import { Handover } from '@tafel/shared/contracts';
import { HandoversPage } from './handovers.page';

const handover = (id: string, caseNumber: string): Handover => ({
  id,
  caseId: `c-${id}`,
  caseNumber,
  fromOrganisationId: 'w1',
  toOrganisationId: 'gi1',
  toOrganisationName: 'Jeugdbescherming Overijssel',
  status: 'sent',
  sentAt: '2026-11-20T10:00:00Z',
  decidedAt: null,
  reason: null,
  details: {
    familyName: `Meijer ${id}`,
    gemeente: 'Almelo',
    sentByName: 'Joke Nijenhuis',
    fromOrganisationName: 'Wijkteam Almelo',
    tafel: { momentType: 'overdracht', heldOn: '2026-11-20' },
  },
});

describe('HandoversPage', () => {
  let http: HttpTestingController;
  let loader: HarnessLoader;
  let fixture: ComponentFixture<HandoversPage>;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(HandoversPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    http
      .expectOne('/api/v1/handovers/incoming')
      .flush([handover('h1', 'TW-2026-0001'), handover('h2', 'TW-2026-0002')]);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';

  it('accepts only with a worker chosen, sends who takes regie, and drops the hand-over from the list', async () => {
    const accept = await loader.getHarness(MatButtonHarness.with({ text: 'Accepteren: TW-2026-0001' }));
    await accept.click();
    http.expectNone('/api/v1/handovers/h1/accept');
    const picker = (
      fixture.componentInstance as unknown as { picker(id: string): { setValue(v: unknown): void } }
    ).picker('h1');
    picker.setValue({
      id: 'u9',
      displayName: 'Rik Huttenhuis',
      role: 'professional',
      organisation: 'Jeugdbescherming Overijssel',
      organisationType: 'gi',
    });
    await accept.click();
    const request = http.expectOne('/api/v1/handovers/h1/accept');
    expect(request.request.body).toEqual({ coordinatorId: 'u9' });
    request.flush({ ...handover('h1', 'TW-2026-0001'), status: 'accepted' });
    await fixture.whenStable();
    expect(text()).not.toContain('TW-2026-0001');
    expect(text()).toContain('TW-2026-0002');
    // Not left with nothing: the accepted family is one link away.
    const link = (fixture.nativeElement as HTMLElement).querySelector<HTMLAnchorElement>('.accepted a');
    expect(link?.textContent).toContain('Naar gezin Meijer h1');
    expect(link?.getAttribute('href')).toBe('/gezinnen/c-h1');
  });

  it('says what is handed over: family, gemeente, who sent it from which organisation, and why', () => {
    const first = (fixture.nativeElement as HTMLElement)
      .querySelector('li')
      ?.textContent?.replace(/\s+/g, ' ');
    expect(first).toContain('Gezin Meijer h1');
    expect(first).toContain('Almelo');
    expect(first).toContain('Joke Nijenhuis (Wijkteam Almelo)');
    expect(first).toContain('Besluit van de tafel (Overdracht)');
  });

  it('keeps the hand-over and says why when the API refuses the worker', async () => {
    (fixture.componentInstance as unknown as { picker(id: string): { setValue(v: unknown): void } })
      .picker('h2')
      .setValue({
        id: 'x',
        displayName: 'Iemand',
        role: 'coordinator',
        organisation: null,
        organisationType: null,
      });
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Accepteren: TW-2026-0002' }))).click();
    http.expectOne('/api/v1/handovers/h2/accept').flush(
      {
        title: 'Invalid',
        status: 400,
        detail: 'coordinatorId must be a worker of the receiving organisation',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(text()).toContain('TW-2026-0002');
    expect(fixture.nativeElement.querySelector('[role="alert"] .error')).not.toBeNull();
  });
});
