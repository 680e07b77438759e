import { VerslagContent } from '@tafel/shared/contracts';
import { verslagDocument } from './verslag-document';

const content: VerslagContent = {
  momentType: 'toeleiding',
  heldAt: '2030-01-08T09:30:00Z',
  place: 'Stadhuis Enschede',
  participants: [],
  childHeard: null,
  discussion: [],
  decision: null,
  rationale: null,
  agreements: [{ owner: 'Moeder', what: 'Belt de huisarts', dueDate: '2030-01-15' }],
  parentsView: null,
  parentsViewText: null,
};

describe('the verslag as a document', () => {
  it('writes dates as a Dutch reader reads them, never as ISO dates', () => {
    const text = JSON.stringify(
      verslagDocument(content, { adoptedAt: '2030-01-09T10:00:00Z', hash: 'abc' }, []),
    );
    expect(text).toContain('Moeder: Belt de huisarts (uiterlijk 15 januari 2030)');
    expect(text).toContain('8 januari 2030 om 10:30');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe('the discussion in the verslag document', () => {
  const headings = (discussion: VerslagContent['discussion']) =>
    verslagDocument(
      { ...content, discussion },
      { adoptedAt: '2030-01-09T10:00:00Z', hash: 'abc' },
      [],
    ).sections.map((s) => s.heading);

  it('leaves out the agenda items nothing was written for, so no empty "Besluit" sits above the decision', () => {
    const sections = headings([
      { key: 'worries', title: 'De zorgen', text: 'Zorgen over school.' },
      { key: 'decision', title: 'Besluit', text: '  ' },
    ]);
    expect(sections).toContain('De zorgen');
    expect(sections).not.toContain('Besluit');
    expect(sections).not.toContain('Aantekeningen');
  });

  it('says so in one section when nothing was written down', () => {
    const sections = headings([{ key: 'worries', title: 'De zorgen', text: '' }]);
    expect(sections).toContain('Aantekeningen');
    expect(sections).not.toContain('De zorgen');
  });
});

describe('who were there, in the verslag document', () => {
  const section = (participants: VerslagContent['participants']) =>
    verslagDocument(
      { ...content, participants },
      { adoptedAt: '2030-01-09T10:00:00Z', hash: 'abc' },
      [],
    ).sections.find((s) => s.heading === 'Deelnemers en aanwezigheid')?.blocks;

  it('says that nobody was recorded instead of an empty list', () => {
    expect(section([])).toEqual([{ kind: 'paragraph', text: 'Niet vastgelegd.' }]);
  });

  it('lists each participant with their attendance', () => {
    expect(section([{ name: 'Joke Nijenhuis', role: 'chair', attendance: null }])).toEqual([
      { kind: 'list', items: ['Joke Nijenhuis (voorzitter): niet vastgelegd'] },
    ]);
  });
});
