import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { CaseDetail, FamilyHome, PlanDraft, Role } from '@tafel/shared/contracts';
import { signIn } from '@tafel/web/core/testing';
import { MyFamilyPage } from './my-family.page';

const home = (draft: PlanDraft | null): FamilyHome => ({
  family: { id: 'c1', familyName: 'Bakker', regieMode: 'family', members: [] } as unknown as CaseDetail,
  tafels: [],
  overview: { caseId: 'c1', draft, versions: [], attachments: [] },
  version: null,
  agreements: [],
});

const emptyDraft = { caseId: 'c1', revision: 0, sections: {}, agreements: [] } as unknown as PlanDraft;

describe('MyFamilyPage', () => {
  let fixture: ComponentFixture<MyFamilyPage>;
  let http: HttpTestingController;

  async function open(role: Role, draft: PlanDraft | null = null): Promise<HTMLElement> {
    http = await signIn(role);
    fixture = TestBed.createComponent(MyFamilyPage);
    fixture.detectChanges();
    http.expectOne('/api/v1/me/family').flush(home(draft));
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
});
