import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { CaseDetail, FamilyHome, Measure, PlanDraft, Role } from '@tafel/shared/contracts';
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
  ): Promise<HTMLElement> {
    http = await signIn(role);
    fixture = TestBed.createComponent(MyFamilyPage);
    fixture.detectChanges();
    http.expectOne('/api/v1/me/family').flush(home(draft, measures));
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
