import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Role, TafelDetail } from '@tafel/shared/contracts';
import { bakker, detail, participant, signIn } from '../../testing/fixtures';
import { TafelPage } from './tafel.page';

const scheduled: TafelDetail = detail({
  status: 'scheduled',
  startsAt: '2026-04-14T07:00:00Z',
  endsAt: '2026-04-14T08:00:00Z',
  location: 'Stadskantoor Enschede',
  participants: [
    participant({ id: 'p-chair', role: 'chair', userId: 'u-chair', name: 'Joke Nijenhuis' }),
    participant({ id: 'p-sanne', role: 'parent', userId: 'u-sanne', memberId: 'm-sanne' }),
  ],
});

describe('TafelPage', () => {
  let fixture: ComponentFixture<TafelPage>;
  let http: HttpTestingController;

  async function open(role: Role, userId: string, tafel: TafelDetail): Promise<HTMLElement> {
    http = await signIn(role, userId);
    fixture = TestBed.createComponent(TafelPage);
    fixture.componentRef.setInput('id', 't1');
    await fixture.whenStable();
    http.expectOne('/api/v1/tafels/t1').flush(tafel);
    await fixture.whenStable();
    http.expectOne('/api/v1/cases/c1').flush(bakker);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const headings = (element: HTMLElement) =>
    Array.from(element.querySelectorAll('h1, h2')).map((h) => h.textContent?.trim());

  afterEach(() => http.verify());

  it('shows a coordinator the request, the participants and the planning, but no decision form', async () => {
    const element = await open('coordinator', 'u-coord', detail());
    http.expectOne('/api/v1/tafels/t1/slot-proposals').flush([]);
    await fixture.whenStable();
    expect(headings(element)).toEqual(['Toeleiding — Gezin Bakker', 'Aanvraag', 'Deelnemers', 'Inplannen']);
    expect(element.textContent).toContain('Nog niet gepland');
    expect(element.textContent).toContain('Moeder wil meewerken.');
    // Opened without a page before it (a link in a mail): no "terug" to a page the reader never saw.
    expect(element.querySelector('a.back')?.textContent?.trim()).toBe('Naar Mijn tafels');
  });

  it('says of a parent without an account that Tafel cannot invite them, instead of "Uitgenodigd"', async () => {
    const element = await open(
      'coordinator',
      'u-coord',
      detail({
        participants: [
          participant({ id: 'p-mark', memberId: 'm-mark', name: 'Mark de Vries' }),
          participant({ id: 'p-sanne', memberId: 'm-sanne', userId: 'u-sanne' }),
        ],
      }),
    );
    http.expectOne('/api/v1/tafels/t1/slot-proposals').flush([]);
    await fixture.whenStable();
    const items = Array.from(element.querySelectorAll('.participant')).map((li) => li.textContent ?? '');
    expect(items[0]).toContain('heeft geen account in Tafel');
    expect(items[1]).toContain('Uitnodiging: Uitgenodigd, nog geen antwoord');
  });

  it('shows the coordinator next to a parent\'s "Ik kom niet" their reason and wish for another moment', async () => {
    const element = await open(
      'coordinator',
      'u-coord',
      detail({
        participants: [
          participant({
            id: 'p-sanne',
            memberId: 'm-sanne',
            userId: 'u-sanne',
            invitation: 'declined',
            declineReason: 'Ik werk die ochtend.',
            wantsOtherMoment: true,
          }),
        ],
      }),
    );
    http.expectOne('/api/v1/tafels/t1/slot-proposals').flush([]);
    await fixture.whenStable();
    const item = element.querySelector('.participant')?.textContent ?? '';
    expect(item).toContain('Reden om niet te komen: Ik werk die ochtend.');
    expect(item).toContain('Wil graag een ander moment');
  });

  it('names the organisation of the RvdK participant once, not again as their role', async () => {
    const element = await open(
      'coordinator',
      'u-coord',
      detail({
        participants: [
          participant({
            id: 'p-raad',
            role: 'raad',
            userId: 'u-raad',
            name: 'Anneke Boswinkel',
            organisation: 'Raad voor de Kinderbescherming, regio Oost-Nederland',
          }),
          participant({ id: 'p-gi', role: 'gi', userId: 'u-gi', name: 'Ilse Jansen', organisation: 'WSS' }),
        ],
      }),
    );
    http.expectOne('/api/v1/tafels/t1/slot-proposals').flush([]);
    await fixture.whenStable();
    const [raad, gi] = Array.from(element.querySelectorAll('.participant .facts')).map(
      (f) => f.textContent ?? '',
    );
    expect(raad.match(/Raad voor de Kinderbescherming/g)).toHaveLength(1);
    expect(raad).toContain('regio Oost-Nederland');
    expect(gi).toContain('Gecertificeerde instelling');
    expect(gi).toContain('WSS');
  });

  it('gives the chair of a scheduled tafel attendance and the decision, and no planning', async () => {
    const element = await open('chair', 'u-chair', scheduled);
    http.expectOne('/api/v1/organisations').flush([]);
    // The decision form offers the goals of the family's plan to link an agreement to.
    http
      .expectOne('/api/v1/cases/c1/plan')
      .flush({ caseId: 'c1', draft: null, versions: [], attachments: [] });
    await fixture.whenStable();
    expect(headings(element)).toEqual([
      'Toeleiding — Gezin Bakker',
      'Uw uitnodiging',
      'Aanvraag',
      'Deelnemers',
      'Aanwezigheid',
      'Besluit',
    ]);
    expect(element.querySelector('section[aria-labelledby="decision-heading"] form')).not.toBeNull();
    expect(element.textContent).toContain('dinsdag 14 april 2026, 09:00–10:00');
    // The chair changes who sits at their own tafel (tafel:participants), but leaves no parent out once scheduled.
    expect(element.querySelector('tafel-add-participant')).not.toBeNull();
    expect(element.textContent).not.toContain('Niet uitnodigen');
  });

  it('names the tafel whose decision asked for a herbespreking, with a link to it', async () => {
    const element = await open('coordinator', 'u-coord', {
      ...detail(),
      request: {
        ...detail().request,
        requestedBy: 'Joke Nijenhuis',
        followsTafel: { tafelId: 't0', heldAt: '2026-09-01T08:00:00Z' },
      },
    });
    http.expectOne('/api/v1/tafels/t1/slot-proposals').flush([]);
    await fixture.whenStable();
    const link = element.querySelector('a[href="/tafels/t0"]');
    expect(link?.textContent?.trim()).toBe('Na het besluit van de tafel van 1 september 2026');
  });

  it('says in words that the reason is in the documents when the viewer reads none', async () => {
    const element = await open('parent', 'u-sanne', {
      ...scheduled,
      documentsWithheld: true,
      request: { ...scheduled.request, reason: null },
    });
    expect(element.textContent).toContain('De reden van de aanvraag staat in de stukken.');
    expect(element.textContent).toContain('Vraag het de regievoerder.');
  });

  it('lets an invited professional answer, without planning or deciding', async () => {
    const element = await open('professional', 'u-raad', {
      ...scheduled,
      participants: [
        ...scheduled.participants,
        participant({ id: 'p-raad', role: 'raad', userId: 'u-raad' }),
      ],
    });
    expect(headings(element)).toEqual([
      'Toeleiding — Gezin Bakker',
      'Uw uitnodiging',
      'Aanvraag',
      'Deelnemers',
    ]);
    expect(Array.from(element.querySelectorAll('button')).map((b) => b.textContent?.trim())).toEqual([
      'Ik kom',
      'Ik kom niet',
    ]);
  });

  it('leads the chair to the room, attendance and the decision on the day of the tafel, and says which day before that', async () => {
    const link = (element: HTMLElement, page: string) =>
      element.querySelector(`a[href="/tafels/t1/${page}"]`);
    const today = new Date().toISOString();
    const element = await open('chair', 'u-chair', { ...scheduled, startsAt: today, endsAt: today });
    http.expectOne('/api/v1/organisations').flush([]);
    expect(link(element, 'kamer')?.textContent).toBe('Naar de tafel');
    expect(link(element, 'verslag')).toBeNull();
    expect(element.querySelector('tafel-attendance-form')).not.toBeNull();
    expect(element.querySelector('tafel-decision-form')).not.toBeNull();
    TestBed.resetTestingModule();

    const later = await open('chair', 'u-chair', {
      ...scheduled,
      startsAt: '2099-04-14T07:00:00Z',
      endsAt: '2099-04-14T08:00:00Z',
    });
    expect(link(later, 'kamer')).toBeNull();
    expect(later.textContent).toContain('De tafel (live) gaat open op dinsdag 14 april 2099.');
    // Attendance and the decision wait for that day too (the API refuses them before it).
    expect(later.querySelector('tafel-attendance-form, tafel-decision-form')).toBeNull();
    expect(later.textContent).toContain(
      'De aanwezigheid en het besluit legt u vast op de dag van de tafel, dinsdag 14 april 2099',
    );
  });

  it('links the secretary to the verslag of a concluded tafel, and no longer to the room', async () => {
    const element = await open('secretary', 'u-secretary', { ...scheduled, status: 'concluded' });
    expect(element.querySelector('a[href="/tafels/t1/verslag"]')?.textContent).toBe('Naar het verslag');
    expect(element.querySelector('a[href="/tafels/t1/kamer"]')).toBeNull();
  });
});
