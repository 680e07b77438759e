import { HttpTestingController } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { CaseDetail, FamilyAgreement, FamilyHome, PlanDraft, Role } from '@tafel/shared/contracts';
import { signIn } from '@tafel/web/core/testing';
import { FamilyDraftPage } from './family-draft.page';

const PLAN = '/api/v1/cases/c1/plan';

const draft = (overrides: Partial<PlanDraft> = {}): PlanDraft => ({
  caseId: 'c1',
  revision: 3,
  sections: {
    worries: 'Er is vaak ruzie.',
    going_well: 'Oma helpt elke woensdag.',
    safety_goals: '',
    family_view: 'Wij willen rust.',
    children_views: '',
  },
  goals: [{ id: 'g1', text: 'Daan gaat elke dag naar school.' }],
  agreements: [{ owner: 'Sanne Bakker', what: 'Belt de huisarts', dueDate: '2026-12-06', goalId: 'g1' }],
  updatedAt: '2026-12-01T10:00:00Z',
  updatedBy: 'Marloes ter Brake',
  ...overrides,
});

const home = (planDraft: PlanDraft | null, agreements: FamilyAgreement[] = []): FamilyHome => ({
  family: { id: 'c1', familyName: 'Bakker', regieMode: planDraft ? 'family' : 'professional' } as CaseDetail,
  tafels: [],
  overview: { caseId: 'c1', draft: planDraft, versions: [], attachments: [] },
  version: null,
  agreements,
  measures: [],
});

describe('FamilyDraftPage', () => {
  let fixture: ComponentFixture<FamilyDraftPage>;
  let http: HttpTestingController;

  async function open(
    role: Role,
    planDraft: PlanDraft | null,
    agreements: FamilyAgreement[] = [],
  ): Promise<HTMLElement> {
    http = await signIn(role);
    fixture = TestBed.createComponent(FamilyDraftPage);
    fixture.detectChanges();
    http.expectOne('/api/v1/me/family').flush(home(planDraft, agreements));
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }
  afterEach(() => http.verify());

  const text = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const loader = () => TestbedHarnessEnvironment.loader(fixture);
  const save = async () => (await loader().getHarness(MatButtonHarness.with({ text: 'Opslaan' }))).click();

  it("lets a parent write only the family's own part, and shows the coordinator's parts read-only", async () => {
    const element = await open('parent', draft());
    const fields = await loader().getAllHarnesses(MatInputHarness);
    expect(fields).toHaveLength(1);
    expect(await fields[0].getValue()).toBe('Wij willen rust.');
    expect(text(element.querySelector('mat-label'))).toBe('Wat vindt het gezin zelf?');
    const others = element.querySelector('section');
    expect(Array.from(others?.querySelectorAll('h3') ?? []).map(text)).toEqual([
      'Waar maken we ons zorgen over?',
      'Wat gaat goed?',
      'Wat moet er zeker gebeuren, zodat de kinderen veilig zijn?',
      'Wat willen we bereiken?',
      'Wat vinden de kinderen?',
    ]);
    expect(Array.from(others?.querySelectorAll('h4') ?? []).map(text)).toEqual([
      'Daan gaat elke dag naar school.',
    ]);
    expect(text(others)).toContain('Er is vaak ruzie.');
    expect(text(others)).toContain('Hier staat nog niets.');
    expect(text(others)).toContain('Wie: Sanne Bakker');
    expect(text(element)).not.toMatch(/\b(je|jij|jouw)\b/i);
    expect(element.querySelector('a')?.getAttribute('href')).toBe('/mijn-gezin');
  });

  it('saves only the family view on the revision it showed, and confirms it', async () => {
    await open('parent', draft());
    await (await loader().getHarness(MatInputHarness)).setValue('Wij willen dat het rustig is.');
    await save();
    const req = http.expectOne({ method: 'PUT', url: PLAN });
    expect(req.request.body).toEqual({
      baseRevision: 3,
      sections: { family_view: 'Wij willen dat het rustig is.' },
    });
    req.flush(
      draft({ revision: 4, sections: { ...draft().sections, family_view: 'Wij willen dat het rustig is.' } }),
    );
    const bar = await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatSnackBarHarness);
    expect(await bar.getMessage()).toBe('Opgeslagen. Uw regievoerder ziet dit in het concept.');
  });

  it('keeps what the parent wrote when the coordinator saved in between, and saves again on the new revision', async () => {
    const element = await open('parent', draft());
    await (await loader().getHarness(MatInputHarness)).setValue('Onze eigen woorden.');
    await save();
    const theirs = draft({ revision: 5, sections: { ...draft().sections, worries: 'Nieuwe zorg.' } });
    http.expectOne({ method: 'PUT', url: PLAN }).flush(
      { type: 'about:blank', status: 409, title: 'Conflict', code: 'conflict', current: theirs },
      {
        status: 409,
        statusText: 'Conflict',
        headers: { 'Content-Type': 'application/problem+json' },
      },
    );
    await fixture.whenStable();
    expect(text(element)).toContain('Uw regievoerder heeft het concept net veranderd.');
    expect(text(element)).toContain('Nieuwe zorg.');
    expect(await (await loader().getHarness(MatInputHarness)).getValue()).toBe('Onze eigen woorden.');
    await save();
    expect(http.expectOne({ method: 'PUT', url: PLAN }).request.body).toEqual({
      baseRevision: 5,
      sections: { family_view: 'Onze eigen woorden.' },
    });
  });

  it('tells a parent plainly when they cannot write now (professional regie), with no form', async () => {
    const element = await open('parent', null);
    expect(element.querySelector('form')).toBeNull();
    expect(text(element)).toContain('U kunt nu niet meeschrijven aan het plan.');
  });

  it('tells a child in je-vorm where they can say what they think', async () => {
    const element = await open('child', null);
    expect(element.querySelector('form')).toBeNull();
    expect(text(element)).toContain('Wil je zeggen wat jij vindt?');
  });

  it('shows under each goal of the draft its agreements and those made at a tafel, with their status', async () => {
    const atTafel: FamilyAgreement = {
      source: 'tafel',
      id: 'a1',
      owner: 'Wijkteam Enschede',
      what: 'Belt de school',
      dueDate: '2026-11-20',
      status: 'open',
      overdue: true,
      dueSoon: false,
      tafelId: 't1',
      planVersion: null,
      goalId: 'g1',
    };
    const element = await open('parent', draft(), [atTafel]);
    const cards = Array.from(element.querySelectorAll('tafel-goal-agreements li')).map(text);
    expect(cards).toEqual([
      expect.stringMatching(/^Belt de huisarts\s*Wie: Sanne Bakker\s*Wanneer: uiterlijk .+2026$/),
      expect.stringMatching(/^Belt de school\s*Wie: Wijkteam Enschede.*Te laat$/),
    ]);
  });
});
