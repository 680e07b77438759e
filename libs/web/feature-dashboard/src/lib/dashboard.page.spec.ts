import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Dashboard } from '@tafel/shared/contracts';
import { signIn } from '@tafel/web/core/testing';
import { DashboardPage } from './dashboard.page';

const dashboard: Dashboard = {
  items: [
    {
      kind: 'agreement_overdue',
      caseId: 'c1',
      caseNumber: 'TW-2026-00001',
      familyName: 'Bakker',
      date: '2026-04-01',
      label: null,
    },
    {
      kind: 'plan_disagreement',
      caseId: 'c2',
      caseNumber: 'TW-2026-00002',
      familyName: 'Yilmaz',
      date: '2026-04-03',
      label: 'versie 2',
    },
    {
      kind: 'agreement_overdue',
      caseId: 'c2',
      caseNumber: 'TW-2026-00002',
      familyName: 'Yilmaz',
      date: '2026-04-05',
      label: null,
    },
    {
      kind: 'handover_incoming',
      caseId: 'c9',
      caseNumber: 'TW-2026-00009',
      familyName: null,
      date: '2026-04-06',
      label: 'Wijkteam Enschede',
    },
  ],
  tafelsToSchedule: [],
};

describe('DashboardPage', () => {
  let fixture: ComponentFixture<DashboardPage>;
  let http: HttpTestingController;

  async function open(): Promise<HTMLElement> {
    http = await signIn('coordinator');
    fixture = TestBed.createComponent(DashboardPage);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => http.verify());

  const text = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim();

  it('says it is loading, then groups the items by kind, each linking to its family', async () => {
    const element = await open();
    expect(text(element.querySelector('tafel-loading'))).toContain('Even geduld');

    http.expectOne('/api/v1/dashboard').flush(dashboard);
    await fixture.whenStable();

    expect(text(element.querySelector('h1'))).toBe('Mijn gezinnen');
    expect(Array.from(element.querySelectorAll('h2')).map(text)).toEqual([
      'Afspraken waarvan de datum voorbij is (2)',
      'Ouders niet eens met het plan (1)',
      'Overdrachten om te accepteren (1)',
    ]);
    const links = Array.from(element.querySelectorAll('section a')).map((a) => [
      text(a),
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Gezin Bakker, TW-2026-00001', '/gezinnen/c1'],
      ['Gezin Yilmaz, TW-2026-00002', '/gezinnen/c2'],
      ['Gezin Yilmaz, TW-2026-00002', '/gezinnen/c2'],
      ['Overdracht van Wijkteam Enschede aan uw organisatie, TW-2026-00009', '/gezinnen/overdrachten'],
    ]);
    expect(text(element.querySelectorAll('section')[2]?.querySelector('.label'))).toBe(
      'Nog niet geaccepteerd. Open de overdracht om die te accepteren of terug te geven.',
    );
    const first = element.querySelector('section li');
    expect(text(first)).toContain('uiterlijk 1 april 2026');
    expect(text(element.querySelectorAll('section')[1])).toContain('versie 2');
  });

  it('shows the norms past their deadline apart from those about to expire, each under a true heading', async () => {
    const element = await open();
    const norm = (kind: 'norm_broken' | 'norm_due', caseId: string, date: string) => ({
      kind,
      caseId,
      caseNumber: `TW-2026-0000${caseId}`,
      familyName: 'Bakker',
      date,
      label: 'Veiligheidsbeoordeling Veilig Thuis',
    });
    http.expectOne('/api/v1/dashboard').flush({
      items: [norm('norm_broken', '3', '2025-04-11'), norm('norm_due', '4', '2026-12-01')],
      tafelsToSchedule: [],
    });
    await fixture.whenStable();

    const sections = Array.from(element.querySelectorAll('section'));
    expect(sections.map((s) => text(s.querySelector('h2')))).toEqual([
      'Normen verlopen: de termijn is voorbij (1)',
      'Normen die bijna verlopen (1)',
    ]);
    expect(text(sections[0]?.querySelector('.when'))).toBe('verlopen op 11 april 2025');
    expect(text(sections[1]?.querySelector('.when'))).toBe('termijn 1 december 2026');
  });

  it('shows the tafels waiting to be scheduled first, with how long they wait and their deadline, each linking to its tafel', async () => {
    const element = await open();
    const waiting = (tafelId: string, momentType: 'herbespreking' | 'toeleiding', days: number) => ({
      tafelId,
      caseId: 'c5',
      caseNumber: 'TW-2026-00005',
      familyName: 'Hofman',
      momentType,
      requestedAt: '2026-11-24T09:00:00.000Z',
      waitingDays: days,
      holdBefore: momentType === 'herbespreking' ? '2027-03-12' : null,
    });
    const flushed: Dashboard = {
      items: [dashboard.items[0] as Dashboard['items'][number]],
      tafelsToSchedule: [waiting('t1', 'herbespreking', 6), waiting('t2', 'toeleiding', 1)],
    };
    http.expectOne('/api/v1/dashboard').flush(flushed);
    await fixture.whenStable();

    const sections = Array.from(element.querySelectorAll('section'));
    expect(sections.map((s) => text(s.querySelector('h2')))).toEqual([
      'Tafels om in te plannen (2)',
      'Afspraken waarvan de datum voorbij is (1)',
    ]);
    const items = Array.from(sections[0]?.querySelectorAll('li') ?? []);
    expect(
      items.map((li) => [text(li.querySelector('a')), li.querySelector('a')?.getAttribute('href')]),
    ).toEqual([
      ['Herbespreking — Gezin Hofman, TW-2026-00005', '/tafels/t1'],
      ['Toeleiding — Gezin Hofman, TW-2026-00005', '/tafels/t2'],
    ]);
    expect(text(items[0]?.querySelector('.label'))).toBe('Wacht 6 dagen, aangevraagd op 24 november 2026');
    expect(text(items[0]?.querySelector('.when'))).toBe('Houden uiterlijk op 12 maart 2027');
    expect(text(items[1]?.querySelector('.label'))).toBe('Wacht 1 dag, aangevraagd op 24 november 2026');
    expect(items[1]?.querySelector('.when')).toBeNull();
    expect(element.querySelector('.empty')).toBeNull();
  });

  it('says so when nothing needs attention, with a way to all families', async () => {
    const element = await open();
    http.expectOne('/api/v1/dashboard').flush({ items: [], tafelsToSchedule: [] });
    await fixture.whenStable();

    expect(element.querySelectorAll('section')).toHaveLength(0);
    expect(text(element.querySelector('.empty'))).toContain('Er vraagt nu niets uw aandacht');
    expect(element.querySelector('.empty a')?.getAttribute('href')).toBe('/gezinnen');
  });

  it('shows the problem in Dutch when the list cannot be loaded', async () => {
    const element = await open();
    http.expectOne('/api/v1/dashboard').flush(null, { status: 0, statusText: '' });
    await fixture.whenStable();

    expect(text(element.querySelector('[role="alert"]'))).toContain('niet bereikbaar');
  });

  it('says an incoming hand-over is addressed to the organisation when the sender is not known', async () => {
    const element = await open();
    const incoming = { ...(dashboard.items[3] as Dashboard['items'][number]), label: null };
    http.expectOne('/api/v1/dashboard').flush({ items: [incoming], tafelsToSchedule: [] });
    await fixture.whenStable();
    expect(text(element.querySelector('section a'))).toBe('Overdracht aan uw organisatie, TW-2026-00009');
  });
});
