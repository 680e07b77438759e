import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { detail, signIn, summary } from '../../testing/fixtures';
import { MyTafelsPage } from './my-tafels.page';

describe('MyTafelsPage', () => {
  let http: HttpTestingController;

  async function render(): Promise<HTMLElement> {
    http = await signIn('coordinator');
    const fixture = TestBed.createComponent(MyTafelsPage);
    await fixture.whenStable();
    http.expectOne('/api/v1/tafels').flush([
      summary({ id: 'new', requestedAt: '2026-04-08T09:00:00Z' }),
      summary({
        id: 'old',
        caseNumber: 'TW-2026-00002',
        familyName: 'Jansen',
        requestedAt: '2026-04-01T09:00:00Z',
      }),
      summary({
        id: 'later',
        momentType: 'overdracht',
        status: 'scheduled',
        startsAt: '2026-04-23T07:00:00Z',
        endsAt: '2026-04-23T08:00:00Z',
        location: 'Stadskantoor Enschede',
      }),
      summary({
        id: 'soon',
        status: 'scheduled',
        startsAt: '2026-04-14T07:00:00Z',
        endsAt: '2026-04-14T08:00:00Z',
        normBroken: true,
      }),
      summary({ id: 'done', status: 'concluded', openAgreements: 3, overdueAgreements: 1 }),
      summary({ id: 'settled', status: 'concluded', openAgreements: 0 }),
      summary({ id: 'gone', status: 'cancelled' }),
    ]);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const section = (element: HTMLElement, heading: string) => {
    const h2 = Array.from(element.querySelectorAll('h2')).find((h) => h.textContent?.trim() === heading);
    return h2?.closest('section') as HTMLElement;
  };
  const links = (region: HTMLElement) =>
    Array.from(region.querySelectorAll('a')).map((a) => [a.textContent?.trim(), a.getAttribute('href')]);

  afterEach(() => http.verify());

  it('has one h1 "Mijn tafels" and the three sections', async () => {
    const element = await render();
    expect(Array.from(element.querySelectorAll('h1')).map((h) => h.textContent)).toEqual(['Mijn tafels']);
    expect(Array.from(element.querySelectorAll('h2')).map((h) => h.textContent)).toEqual([
      'Aangevraagd',
      'Gepland',
      'Op te volgen',
    ]);
  });

  it('lists requests newest first, named by moment, family and case number', async () => {
    const requested = section(await render(), 'Aangevraagd');
    expect(links(requested)).toEqual([
      ['Toeleiding — Gezin Bakker (TW-2026-00001)', '/new'],
      ['Toeleiding — Gezin Jansen (TW-2026-00002)', '/old'],
    ]);
    expect(requested.textContent).toContain('Aangevraagd op 1 april 2026');
  });

  it('lists planned tafels first coming first, with the norm in words', async () => {
    const scheduled = section(await render(), 'Gepland');
    expect(links(scheduled).map(([, href]) => href)).toEqual(['/soon', '/later']);
    const items = scheduled.querySelectorAll('li');
    expect(items[0].textContent).toContain('dinsdag 14 april 2026, 09:00–10:00');
    expect(items[0].textContent).toContain('Buiten de norm');
    expect(items[1].textContent).toContain('Overdracht — Gezin Bakker');
    expect(items[1].textContent).toContain('Stadskantoor Enschede');
    expect(items[1].textContent).not.toContain('Buiten de norm');
  });

  it('follows up only decided tafels with open agreements, with the overdue count', async () => {
    const followUp = section(await render(), 'Op te volgen');
    expect(links(followUp).map(([, href]) => href)).toEqual(['/done']);
    expect(followUp.textContent).toContain('3 open afspraken');
    expect(followUp.textContent).toContain('1 te laat');
  });

  it('says so when a section is empty', async () => {
    http = await signIn('chair');
    const fixture = TestBed.createComponent(MyTafelsPage);
    await fixture.whenStable();
    http
      .expectOne('/api/v1/tafels')
      .flush([detail({ status: 'scheduled', startsAt: '2026-04-14T07:00:00Z' })]);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(section(element, 'Aangevraagd').textContent).toContain('Er wachten geen tafels op een datum.');
    expect(section(element, 'Op te volgen').textContent).toContain('Er zijn geen open afspraken');
    expect(links(section(element, 'Gepland'))).toHaveLength(1);
  });
});
