import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { CaseDetail, CaseMember } from '@tafel/shared/contracts';
import { caseMember } from '@tafel/web/ui/testing';
import { ParentsConsent } from './parents-consent';

const member = (overrides: Partial<CaseMember>): CaseMember =>
  caseMember({
    id: 'm-daan',
    kind: 'child',
    firstName: 'Daan',
    birthDate: '2009-02-01',
    age: 17,
    custody: null,
    hasAccount: true,
    self: true,
    ...overrides,
  });

const family = (self: Partial<CaseMember>): CaseDetail => ({
  id: 'c1',
  caseNumber: 'TW-2026-00001',
  familyName: 'Bakker',
  gemeente: 'Enschede',
  phase: 'toeleiding',
  regieMode: 'family',
  coordinator: null,
  updatedAt: '2026-11-29T10:00:00Z',
  createdAt: '2026-11-01T10:00:00Z',
  timelineWithheld: false,
  retainUntil: null,
  members: [member({ id: 'm-sanne', kind: 'parent', age: null, self: false }), member(self)],
});

describe('ParentsConsent', () => {
  let fixture: ComponentFixture<ParentsConsent>;
  let http: HttpTestingController;
  const changed: CaseDetail[] = [];

  function render(detail: CaseDetail): void {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ParentsConsent);
    fixture.componentRef.setInput('family', detail);
    fixture.componentInstance.changed.subscribe((d) => changed.push(d));
    fixture.detectChanges();
  }

  const loader = () => TestbedHarnessEnvironment.documentRootLoader(fixture);
  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';

  afterEach(() => {
    http.verify();
    changed.length = 0;
  });

  it('lets a child of 16+ give consent: the switch saves it, and a confirmation says what it means', async () => {
    render(family({}));
    expect(text()).toContain('Je kunt de knop altijd weer uitzetten.');
    const toggle = await loader().getHarness(
      MatSlideToggleHarness.with({ label: 'Mijn ouders mogen mijn deel zien' }),
    );
    expect(await toggle.isChecked()).toBe(false);
    await toggle.toggle();
    const request = http.expectOne({ method: 'PUT', url: '/api/v1/cases/c1/members/m-daan/consent' });
    expect(request.request.body).toEqual({ sharesWithParents: true });
    const updated = family({ sharesWithParents: true });
    request.flush(updated);
    await fixture.whenStable();
    expect(changed).toEqual([updated]);
    expect(await (await loader().getHarness(MatSnackBarHarness)).getMessage()).toBe(
      'Opgeslagen. Je ouders mogen nu jouw deel zien.',
    );
  });

  it('lets the child withdraw it again, and puts the switch back when saving fails', async () => {
    render(family({ sharesWithParents: true }));
    const toggle = await loader().getHarness(MatSlideToggleHarness);
    expect(await toggle.isChecked()).toBe(true);
    await toggle.toggle();
    const request = http.expectOne({ method: 'PUT', url: '/api/v1/cases/c1/members/m-daan/consent' });
    expect(request.request.body).toEqual({ sharesWithParents: false });
    request.flush({ status: 500, title: 'Fout' }, { status: 500, statusText: 'Server Error' });
    await fixture.whenStable();
    expect(await toggle.isChecked()).toBe(true);
    expect(changed).toEqual([]);
    expect((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]')).not.toBeNull();
  });

  it('shows nothing to a child under 16, whose parents see their part anyway', () => {
    render(family({ age: 14, birthDate: '2012-02-01' }));
    expect(text().trim()).toBe('');
  });

  it('shows nothing when the reader is not a child (a parent)', () => {
    render(family({ self: false }));
    expect(text().trim()).toBe('');
  });
});
