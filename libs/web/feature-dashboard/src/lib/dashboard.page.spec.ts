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
      label: null,
    },
  ],
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
      'Afspraken over de datum (2)',
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
      ['Overdracht, TW-2026-00009', '/gezinnen/overdrachten'],
    ]);
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
    http
      .expectOne('/api/v1/dashboard')
      .flush({ items: [norm('norm_broken', '3', '2025-04-11'), norm('norm_due', '4', '2026-12-01')] });
    await fixture.whenStable();

    const sections = Array.from(element.querySelectorAll('section'));
    expect(sections.map((s) => text(s.querySelector('h2')))).toEqual([
      'Normen verlopen: de termijn is voorbij (1)',
      'Normen die bijna verlopen (1)',
    ]);
    expect(text(sections[0]?.querySelector('.when'))).toBe('verlopen op 11 april 2025');
    expect(text(sections[1]?.querySelector('.when'))).toBe('termijn 1 december 2026');
  });

  it('says so when nothing needs attention, with a way to all families', async () => {
    const element = await open();
    http.expectOne('/api/v1/dashboard').flush({ items: [] });
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
});
