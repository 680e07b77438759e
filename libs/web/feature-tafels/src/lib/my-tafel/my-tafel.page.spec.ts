import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Role, TafelDetail } from '@tafel/shared/contracts';
import { nextTafel } from '@tafel/web/core';
import { detail, participant, signIn, summary } from '../../testing/fixtures';
import { MyTafelPage } from './my-tafel.page';

const scheduled: TafelDetail = detail({
  id: 't2',
  status: 'scheduled',
  startsAt: '2026-04-14T07:00:00Z',
  endsAt: '2026-04-14T08:00:00Z',
  location: 'Stadskantoor Enschede, spreekkamer 3',
  participants: [
    participant({ id: 'p-chair', role: 'chair', userId: 'u-chair', name: 'Joke Nijenhuis' }),
    participant({ id: 'p-sanne', role: 'parent', userId: 'u-sanne', name: 'Sanne Bakker' }),
    participant({ id: 'p-daan', role: 'child', userId: 'u-daan', name: 'Daan Bakker' }),
    participant({ id: 'p-vader', role: 'parent', name: 'Kees Bakker', invitation: 'not_invited' }),
  ],
});

/** The list only has to say that the tafel is still to come; the page shows the detail. */
const coming = summary({
  id: 't2',
  status: 'scheduled',
  startsAt: '2099-04-14T07:00:00Z',
  endsAt: '2099-04-14T08:00:00Z',
});

describe('MyTafelPage', () => {
  let fixture: ComponentFixture<MyTafelPage>;
  let http: HttpTestingController;

  async function open(
    role: Role,
    userId: string,
    list: unknown[],
    tafel?: TafelDetail,
  ): Promise<HTMLElement> {
    http = await signIn(role, userId);
    fixture = TestBed.createComponent(MyTafelPage);
    await fixture.whenStable();
    http.expectOne('/api/v1/tafels').flush(list);
    if (tafel) http.expectOne(`/api/v1/tafels/${tafel.id}`).flush(tafel);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => http.verify());

  it('says plainly that nothing is planned yet', async () => {
    const element = await open('parent', 'u-sanne', [summary({ status: 'cancelled' })]);
    expect(element.querySelector('h1')?.textContent).toBe('Uw volgende gesprek');
    expect(element.textContent).toContain('Er is nog geen gesprek gepland.');
    expect(element.querySelectorAll('button')).toHaveLength(0);
  });

  it('tells a parent when, where, who, what about and how to prepare, and lets them answer', async () => {
    const element = await open('parent', 'u-sanne', [coming], scheduled);
    const text = element.textContent ?? '';
    expect(text).toContain('dinsdag 14 april 2026, 09:00–10:00');
    expect(text).toContain('Stadskantoor Enschede, spreekkamer 3');
    expect(text).toContain('voorzitter: leidt het gesprek');
    expect(text).toContain('Sanne Bakker (u)');
    expect(text).not.toContain('Kees Bakker');
    expect(text).toContain('om uw kinderen veilig te laten opgroeien');
    expect(text).toContain('vertrouwenspersoon');

    const yes = Array.from(element.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Ik kom',
    );
    yes?.click();
    const request = http.expectOne({ method: 'PUT', url: '/api/v1/tafels/t2/rsvp' });
    expect(request.request.body).toEqual({ response: 'accepted' });
    request.flush({
      ...scheduled,
      participants: scheduled.participants.map((p) =>
        p.id === 'p-sanne' ? { ...p, invitation: 'accepted' } : p,
      ),
    });
    await fixture.whenStable();
    expect(element.textContent).toContain('U heeft laten weten dat u komt.');
  });

  it('speaks to a child with "je"', async () => {
    const element = await open('child', 'u-daan', [coming], scheduled);
    expect(element.querySelector('h1')?.textContent).toBe('Jouw volgende gesprek');
    expect(element.textContent).toContain('zodat jij veilig kunt opgroeien');
    expect(element.textContent).toContain('Daan Bakker (jij)');
    expect(element.textContent).toContain('Laat je weten of je komt?');
    expect(Array.from(element.querySelectorAll('button')).map((b) => b.textContent?.trim())).toEqual([
      'Ik kom',
      'Ik kom niet',
    ]);
  });

  it('leads a parent into the room on the day of the conversation, and says when before that day', async () => {
    const hour = 3_600_000;
    // Starting now: an hour later may already be tomorrow (late in the evening).
    const today = {
      startsAt: new Date().toISOString(),
      endsAt: new Date(Date.now() + hour).toISOString(),
    };
    const element = await open('parent', 'u-sanne', [{ ...coming, ...today }], { ...scheduled, ...today });
    expect(element.querySelector('a[href="/tafels/t2/kamer"]')?.textContent).toBe('Naar de tafel');
    TestBed.resetTestingModule();

    const later = await open('parent', 'u-sanne', [coming], {
      ...scheduled,
      startsAt: '2099-04-14T07:00:00Z',
    });
    expect(later.querySelector('a[href="/tafels/t2/kamer"]')).toBeNull();
    expect(later.textContent).toContain('Op de dag van het gesprek kunt u hier meelezen');
  });

  it('links the verslag of the conversation before, once adopted, but not one still being written', async () => {
    const adopted = summary({ id: 't0', status: 'minutes_adopted', startsAt: '2026-03-02T08:00:00Z' });
    const concluded = summary({ id: 't1', status: 'concluded', startsAt: '2026-03-30T08:00:00Z' });
    const element = await open('parent', 'u-sanne', [adopted, concluded, coming], scheduled);
    expect(element.querySelector('a[href="/tafels/t0/verslag"]')?.textContent).toBe('Naar het verslag');
    expect(element.querySelector('a[href="/tafels/t1/verslag"]')).toBeNull();
    expect(element.textContent).toContain('Het gesprek van 2 maart 2026.');
    TestBed.resetTestingModule();

    const child = await open('child', 'u-daan', [adopted, coming], { ...scheduled, documentsWithheld: true });
    expect(child.querySelector('a[href="/tafels/t0/verslag"]')).toBeNull();
  });

  it('picks the first coming tafel, else the latest request', () => {
    const now = new Date('2026-04-10T00:00:00Z');
    const past = summary({
      id: 'past',
      status: 'scheduled',
      startsAt: '2026-04-01T07:00:00Z',
      endsAt: '2026-04-01T08:00:00Z',
    });
    const late = summary({
      id: 'late',
      status: 'scheduled',
      startsAt: '2026-05-01T07:00:00Z',
      endsAt: '2026-05-01T08:00:00Z',
    });
    const soon = summary({
      id: 'soon',
      status: 'scheduled',
      startsAt: '2026-04-14T07:00:00Z',
      endsAt: '2026-04-14T08:00:00Z',
    });
    const asked = summary({ id: 'asked', status: 'requested' });
    expect(nextTafel([asked, late, past, soon], now)?.id).toBe('soon');
    expect(nextTafel([past, asked], now)?.id).toBe('asked');
    expect(nextTafel([past], now)).toBeNull();
  });

  it('keeps a tafel that runs past its planned end, and one planned today that has not been opened yet', () => {
    // 10:30 in Amsterdam; the tafel was planned from 09:00 to 10:00.
    const now = new Date('2026-12-02T09:30:00Z');
    const planned = { startsAt: '2026-12-02T08:00:00Z', endsAt: '2026-12-02T09:00:00Z' };
    const asked = summary({ id: 'asked', status: 'requested' });
    const running = summary({ id: 'running', status: 'in_session', ...planned });
    expect(nextTafel([asked, running], now)?.id).toBe('running');
    const notOpened = summary({ id: 'not-opened', status: 'scheduled', ...planned });
    expect(nextTafel([asked, notOpened], now)?.id).toBe('not-opened');
    // The next day the tafel that was never opened is no longer the next one.
    expect(nextTafel([asked, notOpened], new Date('2026-12-03T09:30:00Z'))?.id).toBe('asked');
  });
});
