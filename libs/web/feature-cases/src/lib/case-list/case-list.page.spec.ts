import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness, MatNativeSelectHarness } from '@angular/material/input/testing';
import { provideRouter, Route, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CaseListItem, Me, Permission } from '@tafel/shared/contracts';
import { AuthStore } from '@tafel/web/core';
import { casesRoutes } from '../cases.routes';
import { until } from '@tafel/web/ui/testing';

const summary: CaseListItem = {
  id: 'c1',
  caseNumber: 'TW-2025-00001',
  familyName: 'Jansen',
  gemeente: 'Almelo',
  phase: 'drang',
  regieMode: 'family',
  coordinator: {
    userId: 'u1',
    displayName: 'Anna de Vries',
    organisation: 'Wijkteam Almelo',
    since: '2025-01-01',
  },
  updatedAt: '2025-03-01T10:00:00Z',
  needsAction: [],
};

const person = (role: Me['role'], permissions: Permission[] = ['case:read']): Me => ({
  id: 'u1',
  email: 'x@tafel.example',
  displayName: 'X',
  role,
  organisation: null,
  permissions,
});

@Component({ selector: 'tafel-elsewhere', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Elsewhere {}

describe('CaseListPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;

  async function open(
    url: string,
    role: Me['role'] = 'coordinator',
    routes: Route[] = [],
    permissions?: Permission[],
  ): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'gezinnen', children: casesRoutes }, ...routes], withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const signIn = TestBed.inject(AuthStore).login({ email: 'x@tafel.example', password: 'x' });
    http.expectOne('/api/v1/auth/login').flush({ status: 'authenticated', me: person(role, permissions) });
    await signIn;
    harness = await RouterTestingHarness.create(url);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  }

  const listRequest = (): TestRequest => http.expectOne((r) => r.url === '/api/v1/cases');

  async function answer(request: TestRequest, items: CaseListItem[], total = items.length): Promise<void> {
    request.flush({ items, total });
    await harness.fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('asks the API for the filters in the URL and shows the cases with a link per case number', async () => {
    await open('/gezinnen?gemeente=Almelo&pagina=2');
    const request = listRequest();
    expect(request.request.urlWithParams).toBe('/api/v1/cases?gemeente=Almelo&page=2&pageSize=20');
    await answer(request, [summary], 21);

    const link = harness.routeNativeElement?.querySelector('a');
    expect(link?.textContent?.trim()).toBe('TW-2025-00001');
    expect(link?.getAttribute('href')).toBe('/gezinnen/c1');
    expect(harness.routeNativeElement?.textContent).toContain('21 gezinnen gevonden');
    // The family's name leads there too, for the mouse, without a second stop for the keyboard.
    const byName = Array.from(harness.routeNativeElement?.querySelectorAll('a') ?? []).filter(
      (a) => a.textContent?.trim() === 'Jansen',
    );
    expect(byName.length).toBeGreaterThan(0);
    for (const a of byName) {
      expect(a.getAttribute('href')).toBe('/gezinnen/c1');
      expect(a.getAttribute('tabindex')).toBe('-1');
    }
  });

  it('shows the filters of the URL as chosen, and "Alle gemeenten" drops the gemeente again', async () => {
    await open('/gezinnen?gemeente=Almelo&fase=investigation');
    await answer(listRequest(), [summary]);
    const select = async (label: string) =>
      (await (
        await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }))
      ).getControl(MatNativeSelectHarness)) as MatNativeSelectHarness;
    const chosen = async (label: string) => {
      const options = await (await select(label)).getOptions({ isSelected: true });
      return Promise.all(options.map((option) => option.getText()));
    };
    expect(await chosen('Gemeente')).toEqual(['Almelo']);
    expect(await chosen('Fase')).toEqual(['Raadsonderzoek']);

    await (await select('Gemeente')).selectOptions({ text: 'Alle gemeenten' });
    const all = listRequest();
    expect(all.request.params.has('gemeente')).toBe(false);
    expect(all.request.params.get('phase')).toBe('investigation');
    await answer(all, [summary]);
    expect(TestBed.inject(Router).url).toBe('/gezinnen?fase=investigation');
    expect(await chosen('Gemeente')).toEqual(['Alle gemeenten']);
  });

  it('reloads with the chosen phase and search text, starting again at page 1', async () => {
    await open('/gezinnen?pagina=3');
    await answer(listRequest(), [summary], 60);

    const phaseField = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Fase' }));
    const phase = (await phaseField.getControl(MatNativeSelectHarness)) as MatNativeSelectHarness;
    await phase.selectOptions({ text: 'Raadsonderzoek' });
    const byPhase = listRequest();
    expect(byPhase.request.params.get('phase')).toBe('investigation');
    expect(byPhase.request.params.get('page')).toBe('1');
    await answer(byPhase, [summary]);

    const searchField = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Zoeken' }));
    const search = (await searchField.getControl(MatInputHarness)) as MatInputHarness;
    await search.setValue('jans');
    const bySearch = await until(() => http.match((r) => r.url === '/api/v1/cases')[0]);
    expect(bySearch.request.params.get('q')).toBe('jans');
    expect(bySearch.request.params.get('phase')).toBe('investigation');
    expect(TestBed.inject(Router).url).toBe('/gezinnen?zoek=jans&fase=investigation');
    await answer(bySearch, []);

    expect(harness.routeNativeElement?.textContent).toContain('Geen gezinnen gevonden');
  });

  it('sorts by a column header, by mouse or keyboard, with the order in the URL and in aria-sort', async () => {
    await open('/gezinnen?gemeente=Almelo&pagina=2');
    await answer(listRequest(), [summary], 30);
    const header = (name: string) =>
      Array.from(harness.routeNativeElement?.querySelectorAll('th') ?? []).find((th) =>
        th.textContent?.includes(name),
      ) as HTMLElement;
    expect(header('Fase').getAttribute('aria-sort')).toBe('none');

    (header('Fase').querySelector('[role=button]') as HTMLElement).click();
    await new Promise((resolve) => setTimeout(resolve));
    const byPhase = listRequest();
    expect(byPhase.request.params.get('sort')).toBe('phase');
    expect(byPhase.request.params.get('direction')).toBe('asc');
    expect(byPhase.request.params.get('page')).toBe('1');
    expect(byPhase.request.params.get('gemeente')).toBe('Almelo');
    await answer(byPhase, [summary], 30);
    expect(TestBed.inject(Router).url).toBe('/gezinnen?gemeente=Almelo&sorteer=phase');
    expect(header('Fase').getAttribute('aria-sort')).toBe('ascending');

    const button = header('Fase').querySelector('[role=button]') as HTMLElement;
    expect(button.getAttribute('tabindex')).toBe('0');
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve));
    const descending = listRequest();
    expect(descending.request.params.get('direction')).toBe('desc');
    await answer(descending, [summary], 30);
    expect(TestBed.inject(Router).url).toBe('/gezinnen?gemeente=Almelo&sorteer=phase&volgorde=aflopend');
    expect(header('Fase').getAttribute('aria-sort')).toBe('descending');
    expect(header('Laatste activiteit').getAttribute('aria-sort')).toBe('none');
  });

  it("shows in words what needs the regie holder's action, and sorts and filters on it", async () => {
    await open('/gezinnen', 'coordinator', [], ['case:read', 'dashboard:read']);
    const urgent: CaseListItem = {
      ...summary,
      id: 'c2',
      caseNumber: 'TW-2025-00002',
      needsAction: ['agreement_overdue', 'handover_sent'],
    };
    await answer(listRequest(), [urgent, summary]);
    const rows = Array.from(harness.routeNativeElement?.querySelectorAll('tr[mat-row]') ?? []);
    expect(rows[0].textContent).toContain('Actie nodig');
    expect(rows[0].textContent).toContain('Afspraken waarvan de datum voorbij is');
    expect(rows[0].textContent).toContain('Overdracht nog niet geaccepteerd');
    expect(rows[1].textContent).toContain('Geen actie nodig');

    const header = Array.from(harness.routeNativeElement?.querySelectorAll('th') ?? []).find((th) =>
      th.textContent?.includes('Actie nodig'),
    ) as HTMLElement;
    (header.querySelector('[role=button]') as HTMLElement).click();
    await new Promise((resolve) => setTimeout(resolve));
    const sorted = listRequest();
    expect(sorted.request.params.get('sort')).toBe('needsAction');
    await answer(sorted, [urgent, summary]);

    const filter = await loader.getHarness(
      MatCheckboxHarness.with({ label: 'Alleen gezinnen waar actie nodig is' }),
    );
    await filter.check();
    const filtered = listRequest();
    expect(filtered.request.params.get('needsAction')).toBe('true');
    expect(TestBed.inject(Router).url).toBe('/gezinnen?actie=ja&sorteer=needsAction');
    await answer(filtered, [urgent]);
  });

  it('shows no action column to whoever holds no regie (a chair)', async () => {
    await open('/gezinnen', 'chair');
    await answer(listRequest(), [summary]);
    expect(harness.routeNativeElement?.textContent).not.toContain('Actie nodig');
    expect(await loader.getAllHarnesses(MatCheckboxHarness)).toHaveLength(0);
  });

  it('ignores an unknown sort in the URL and asks for the default order', async () => {
    await open('/gezinnen?sorteer=wachtwoord&volgorde=aflopend');
    const request = listRequest();
    expect(request.request.params.has('sort')).toBe(false);
    expect(request.request.params.has('direction')).toBe(false);
    await answer(request, [summary]);
  });

  it('takes a parent with one family straight to it', async () => {
    await open('/gezinnen', 'parent');
    await answer(listRequest(), [summary]);
    expect(TestBed.inject(Router).url).toBe('/gezinnen/c1');
    // The family page asks for the case; a parent's timeline waits for its answer (see CasePage).
    http.expectOne('/api/v1/cases/c1');
    http.expectNone('/api/v1/cases/c1/events');
  });

  it('leaves a parent who is already on the way to another page going there', async () => {
    let letThrough: (pass: boolean) => void = () => undefined;
    let guardAsked: () => void = () => undefined;
    const asked = new Promise<void>((resolve) => (guardAsked = resolve));
    const slowGuard = () =>
      new Promise<boolean>((resolve) => {
        letThrough = resolve;
        guardAsked();
      });
    await open('/gezinnen', 'parent', [{ path: 'mijn-tafel', canMatch: [slowGuard], component: Elsewhere }]);
    const request = listRequest();
    const away = TestBed.inject(Router).navigateByUrl('/mijn-tafel');
    await asked;
    // The list arrives while the navigation waits for its guard (whenStable would wait for it too).
    request.flush({ items: [summary], total: 1 });
    letThrough(true);
    await away;
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/mijn-tafel');
  });
});
