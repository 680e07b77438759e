import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PlanAnswer, PlanVersion } from '@tafel/shared/contracts';
import { Answerer } from '../answer/section-answer';
import { FamilyPlan } from './family-plan';

const sections = {
  worries: 'Er is vaak ruzie.',
  going_well: 'Oma helpt.',
  safety_goals: 'Daan is niet bij ruzies.',
  goals: 'Daan gaat naar school.',
  family_view: '',
  children_views: '',
};

const version = (over: Partial<PlanVersion> = {}): PlanVersion => ({
  caseId: 'c1',
  number: 2,
  publishedAt: '2026-11-29T10:00:00Z',
  sha256: 'ab'.repeat(32),
  sections,
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

function render(v: PlanVersion, answerer: Answerer = 'parent'): HTMLElement {
  TestBed.configureTestingModule({
    imports: [FamilyPlan],
    providers: [provideHttpClient(), provideHttpClientTesting()],
  });
  const fixture = TestBed.createComponent(FamilyPlan);
  fixture.componentRef.setInput('caseId', 'c1');
  fixture.componentRef.setInput('version', v);
  fixture.componentRef.setInput('answerer', answerer);
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
});
