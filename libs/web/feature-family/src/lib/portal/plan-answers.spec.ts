import { PlanAnswer, PlanVersion } from '@tafel/shared/contracts';
import { awaitedSections, ownAnswer, seesNoPlanText } from './plan-answers';

const answer = (section: PlanAnswer['section'], kind: PlanAnswer['answer']): PlanAnswer => ({
  id: `${section}-${kind}`,
  versionNumber: 1,
  section,
  memberId: 'm1',
  memberName: 'Sanne Bakker',
  answer: kind,
  text: kind === 'agree' ? null : 'tekst',
  answeredAt: '2026-11-29T10:00:00Z',
});

const sections = {
  worries: 'Er is vaak ruzie.',
  going_well: 'Oma helpt.',
  safety_goals: 'Daan is niet bij ruzies.',
  family_view: 'Wij willen rust.',
  children_views: '',
};

const GOALS = [{ id: 'g1', text: 'Daan gaat naar school.' }];

const version = (answers: PlanAnswer[], over: Partial<typeof sections> = {}, goals = GOALS): PlanVersion =>
  ({
    number: 1,
    answers,
    documentsWithheld: false,
    sections: { ...sections, ...over },
    goals,
  }) as unknown as PlanVersion;

describe('the family’s open answers', () => {
  it('a parent answers every section but the children’s; answered ones no longer wait', () => {
    const v = version([
      answer('worries', 'agree'),
      answer('goals', 'disagree'),
      answer('children_views', 'view'),
    ]);
    expect(awaitedSections(v, 'parent')).toEqual(['going_well', 'safety_goals', 'family_view']);
    expect(ownAnswer(v, 'children_views', 'parent')).toBeNull();
  });

  it('a parent is not asked about a part that is still empty', () => {
    expect(awaitedSections(version([], { family_view: '  ' }, []), 'parent')).toEqual([
      'worries',
      'going_well',
      'safety_goals',
    ]);
  });

  it('a child answers only their own section', () => {
    expect(awaitedSections(version([]), 'child')).toEqual(['children_views']);
    expect(awaitedSections(version([answer('children_views', 'view')]), 'child')).toEqual([]);
  });
});

describe('a plan that shows a child under 16 nothing', () => {
  const withheld = (over: Partial<typeof sections>) =>
    ({ ...version([], over, []), documentsWithheld: true }) as PlanVersion;

  it('is said to show nothing while the documents are withheld and the child’s own part is empty', () => {
    expect(seesNoPlanText(withheld({ worries: '' }), 'child')).toBe(true);
    expect(seesNoPlanText(withheld({ children_views: 'Ik wil bij papa wonen.' }), 'child')).toBe(false);
    expect(seesNoPlanText(version([]), 'child')).toBe(false);
  });
});
