import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import {
  CaseDetail,
  FamilyAgreement,
  FamilyHome,
  Measure,
  PlanDraft,
  PlanVersion,
  Role,
} from '@tafel/shared/contracts';
import { signIn } from '@tafel/web/core/testing';
import { MyFamilyPage } from './my-family.page';

const ots: Measure = {
  id: 'm1',
  caseId: 'c1',
  memberId: 'daan',
  type: 'ots',
  courtDate: '2026-03-01',
  startsOn: '2026-03-01',
  endsOn: '2027-03-01',
  giOrganisationId: 'gi',
  giOrganisationName: 'Jeugdbescherming Overijssel',
  jeugdbeschermerId: null,
  jeugdbeschermerName: null,
  extensions: [],
  endedOn: null,
  endReason: null,
};

const agreement: FamilyAgreement = {
  source: 'tafel',
  id: 'a1',
  owner: 'Sanne Bakker',
  what: 'Maakt een afspraak bij de huisarts',
  dueDate: '2026-12-06',
  status: 'open',
  overdue: false,
  dueSoon: true,
  tafelId: 't1',
  planVersion: null,
  goalId: 'g1',
};

/** A published version the parent may read, with one goal. */
const version = {
  caseId: 'c1',
  number: 1,
  publishedAt: '2026-12-01T09:00:00Z',
  sha256: 'x',
  sections: { worries: 'Zorgen', going_well: '', safety_goals: '', family_view: '', children_views: '' },
  goals: [{ id: 'g1', text: 'Daan slaapt goed' }],
  agreements: [],
  regieMode: 'family',
  safetyGoalsNonNegotiable: null,
  answers: [],
  documentsWithheld: false,
} as unknown as PlanVersion;

const home = (draft: PlanDraft | null, measures: Measure[] = []): FamilyHome => ({
  family: {
    id: 'c1',
    familyName: 'Bakker',
    regieMode: 'family',
    members: [{ id: 'daan', kind: 'child', firstName: 'Daan' }],
  } as unknown as CaseDetail,
  tafels: [],
  overview: { caseId: 'c1', draft, versions: [], attachments: [] },
  version: null,
  agreements: [],
  measures,
});

const emptyDraft = { caseId: 'c1', revision: 0, sections: {}, agreements: [] } as unknown as PlanDraft;

describe('MyFamilyPage', () => {
  let fixture: ComponentFixture<MyFamilyPage>;
  let http: HttpTestingController;

  async function open(
    role: Role,
    draft: PlanDraft | null = null,
    measures: Measure[] = [],
    change: Partial<FamilyHome> = {},
  ): Promise<HTMLElement> {
    http = await signIn(role);
    fixture = TestBed.createComponent(MyFamilyPage);
    fixture.detectChanges();
    http.expectOne('/api/v1/me/family').flush({ ...home(draft, measures), ...change });
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }
  afterEach(() => http.verify());

  const text = (e: Element) => e.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it('says "u" to a parent and leads them to the family\'s own page to write in the draft', async () => {
    const element = await open('parent', emptyDraft);
    expect(text(element)).toContain('Er is nog geen plan. U krijgt een e-mail als het klaar is.');
    expect(text(element)).not.toMatch(/\b(je|jij|jouw)\b/i);
    const write = Array.from(element.querySelectorAll('a')).find(
      (a) => text(a) === 'Schrijf mee aan het plan',
    );
    expect(write?.getAttribute('href')).toBe('/mijn-gezin/plan');
  });

  it('shows an agreement once: under its goal in the plan, not again in a list below', async () => {
    const element = await open('parent', null, [], { version, agreements: [agreement] });
    const shown = Array.from(element.querySelectorAll('.what')).filter((e) => text(e) === agreement.what);
    expect(shown).toHaveLength(1);
    expect(element.querySelector('#agreements-heading')).toBeNull();
  });

  it('lists the agreements on their own when the plan does not show them', async () => {
    const withheld = { ...version, documentsWithheld: true } as PlanVersion;
    const element = await open('parent', null, [], { version: withheld, agreements: [agreement] });
    expect(text(element.querySelector('#agreements-heading') as Element)).toBe('Afspraken');
    const shown = Array.from(element.querySelectorAll('.what')).filter((e) => text(e) === agreement.what);
    expect(shown).toHaveLength(1);
  });

  it('says "je" to a child, and names who looked in the same words as the child\'s menu', async () => {
    const element = await open('child');
    expect(text(element)).toContain('Er is nog geen plan. Je krijgt een e-mail als het klaar is.');
    expect(text(element)).not.toMatch(/\b(u|uw)\b/i);
    expect(text(element.querySelector('#viewings-heading') as Element)).toBe('Wie keek in mijn gegevens?');
    expect(element.querySelector('a[href="/mijn-gezin/plan"]')).toBeNull();
  });

  it('tells a parent which measure the court ordered, for which child, until when, and which GI carries it out', async () => {
    const element = await open('parent', null, [ots]);
    const section = element.querySelector('section[aria-labelledby="measures-heading"]') as Element;
    expect(text(section.querySelector('h2') as Element)).toBe('Wat de rechter heeft besloten');
    expect(text(section)).toContain(
      'Er is een ondertoezichtstelling voor Daan, van 1 maart 2026 tot 1 maart 2027. Jeugdbescherming Overijssel voert die uit.',
    );
    expect(text(section)).not.toMatch(/\b(je|jij|jouw)\b/i);
  });

  it('tells a child their own measure in je-vorm, one without an end "vanaf", and an ended one in the past', async () => {
    const voogdij: Measure = { ...ots, id: 'm2', type: 'voogdij', endsOn: null, giOrganisationName: null };
    const ended: Measure = { ...ots, id: 'm3', type: 'vots', endedOn: '2026-02-01' };
    const element = await open('child', null, [ots, voogdij, ended]);
    const items = Array.from(element.querySelectorAll('section[aria-labelledby="measures-heading"] li')).map(
      text,
    );
    expect(items).toEqual([
      'Er is een ondertoezichtstelling voor jou, van 1 maart 2026 tot 1 maart 2027. Jeugdbescherming Overijssel voert die uit.',
      'Er is een voogdijmaatregel voor jou, vanaf 1 maart 2026.',
      'Er was een voorlopige ondertoezichtstelling voor jou, van 1 maart 2026 tot 1 februari 2026.',
    ]);
    expect(text(element)).not.toMatch(/\b(u|uw)\b/i);
  });

  it('shows no measures section when the court ordered none', async () => {
    const element = await open('parent');
    expect(element.querySelector('#measures-heading')).toBeNull();
  });
});
