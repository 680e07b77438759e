import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { FamilyAgreement, PlanAnswer, PlanVersion } from '@tafel/shared/contracts';
import { Answerer } from '../answer/section-answer';
import { FamilyPlan } from './family-plan';

const sections = {
  worries: 'Er is vaak ruzie.',
  going_well: 'Oma helpt.',
  safety_goals: 'Daan is niet bij ruzies.',
  family_view: '',
  children_views: '',
};

const school = { id: 'g1', text: 'Daan gaat elke dag naar school.' };
const rest = { id: 'g2', text: 'Er is rust in huis.' };

const version = (over: Partial<PlanVersion> = {}): PlanVersion => ({
  caseId: 'c1',
  number: 2,
  publishedAt: '2026-11-29T10:00:00Z',
  sha256: 'ab'.repeat(32),
  sections,
  goals: [school, rest],
  agreements: [],
  regieMode: 'family',
  safetyGoalsNonNegotiable: null,
  answers: [],
  documentsWithheld: false,
  ...over,
});

const disagreed: PlanAnswer = {
  id: 'a1',
  versionNumber: 2,
  section: 'worries',
  memberId: 'm1',
  memberName: 'Sanne Bakker',
  answer: 'disagree',
  text: 'Dat klopt niet.',
  answeredAt: '2026-11-29T11:00:00Z',
};

function render(
  v: PlanVersion,
  answerer: Answerer = 'parent',
  agreements: readonly FamilyAgreement[] = [],
): HTMLElement {
  TestBed.configureTestingModule({
    imports: [FamilyPlan],
    providers: [provideHttpClient(), provideHttpClientTesting()],
  });
  const fixture = TestBed.createComponent(FamilyPlan);
  fixture.componentRef.setInput('caseId', 'c1');
  fixture.componentRef.setInput('version', v);
  fixture.componentRef.setInput('answerer', answerer);
  fixture.componentRef.setInput('agreements', agreements);
  fixture.detectChanges();
  return fixture.nativeElement;
}

const section = (el: HTMLElement, id: string) => el.querySelector(`#plan-${id}`) as HTMLElement;

describe('FamilyPlan', () => {
  it('shows every section, a form under each with text, and the parent’s own answer once given', () => {
    const el = render(version({ answers: [disagreed] }));
    expect(el.querySelectorAll('section')).toHaveLength(6);
    expect(section(el, 'worries').textContent).toContain('Uw antwoord: niet eens.');
    expect(section(el, 'worries').textContent).toContain('Dat klopt niet.');
    expect(section(el, 'worries').querySelector('tafel-section-answer')).toBeNull();
    expect(section(el, 'going_well').querySelector('tafel-section-answer')).not.toBeNull();
    // The children's section is theirs to answer, not the parent's.
    expect(section(el, 'children_views').querySelector('tafel-section-answer')).toBeNull();
    expect(section(el, 'worries').querySelector('.mine')?.textContent).toContain('niet eens. Dat klopt');
  });

  it('asks nothing about a part that is still empty', () => {
    const empty = section(render(version()), 'family_view');
    expect(empty.textContent).toContain('Hier staat nog niets.');
    expect(empty.querySelector('tafel-section-answer')).toBeNull();
  });

  it('marks the safety goals as non-negotiable, with the reason, while a professional holds the regie', () => {
    const reason = 'Er is acuut gevaar voor Daan.';
    const el = render(version({ regieMode: 'professional', safetyGoalsNonNegotiable: { reason } }));
    const goals = section(el, 'safety_goals');
    expect(goals.textContent).toContain('Hierover kunt u niet onderhandelen.');
    expect(goals.textContent).toContain(reason);
    expect(section(el, 'worries').textContent).not.toContain('niet onderhandelen');
  });

  it('shows no such mark under family regie', () => {
    expect(section(render(version()), 'safety_goals').textContent).not.toContain('onderhandelen');
  });

  it('a child without documents sees only their own section, in je-vorm', () => {
    const el = render(version({ documentsWithheld: true, sections: { ...sections, worries: '' } }), 'child');
    expect(el.querySelectorAll('section')).toHaveLength(1);
    expect(el.querySelector('h3')?.textContent).toBe('Wat vind jij?');
    expect(el.querySelector('tafel-section-answer')).not.toBeNull();
  });

  it('shows a child their own view after "Dit schreef jij:", with a space before it', () => {
    const view: PlanAnswer = {
      ...disagreed,
      section: 'children_views',
      answer: 'view',
      text: 'Ik wil rust.',
    };
    const el = render(version({ answers: [view] }), 'child');
    expect(section(el, 'children_views').querySelector('.mine')?.textContent).toContain(
      'Dit schreef jij: Ik wil rust.',
    );
  });

  it("shows each goal with its agreements — the plan's and the tafels' — and their status, then the others", () => {
    const agreement = (what: string, over: Partial<FamilyAgreement>): FamilyAgreement => ({
      source: 'plan',
      id: what,
      owner: 'Sanne Bakker',
      what,
      dueDate: '2026-12-06',
      status: 'open',
      overdue: false,
      dueSoon: false,
      tafelId: null,
      planVersion: 2,
      goalId: school.id,
      ...over,
    });
    const el = render(version(), 'parent', [
      agreement('Brengt Daan naar school', {}),
      agreement('Belt de leerkracht', { source: 'tafel', overdue: true, tafelId: 't1', planVersion: null }),
      agreement('Zoekt een cursus', { source: 'tafel', goalId: null, status: 'done' }),
    ]);
    const goals = section(el, 'goals');
    const headings = Array.from(goals.querySelectorAll('h4')).map((h) => h.textContent?.trim());
    expect(headings).toEqual([school.text, rest.text, 'Andere afspraken']);
    const cards = Array.from(goals.querySelectorAll('ul')).map((ul) =>
      Array.from(ul.querySelectorAll('li')).map((li) => li.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(cards).toEqual([
      [
        expect.stringMatching(
          /^Brengt Daan naar school\s*Wie: Sanne Bakker\s*Wanneer: uiterlijk .+2026\s*Nog bezig$/,
        ),
        expect.stringMatching(/^Belt de leerkracht.*Te laat$/),
      ],
      [expect.stringMatching(/^Zoekt een cursus.*Klaar$/)],
    ]);
    expect(goals.textContent).toContain('Hier zijn nog geen afspraken over.');
    expect(goals.querySelector('.late')?.textContent).toContain('Belt de leerkracht');
    expect(goals.querySelector('tafel-section-answer')).not.toBeNull();
  });

  it('shows a child without documents no goals', () => {
    const el = render(version({ documentsWithheld: true, goals: [] }), 'child');
    expect(section(el, 'goals')).toBeNull();
  });
});
