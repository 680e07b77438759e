import { CaseMember } from '@tafel/shared/contracts';
import { Viewer, membersForViewer } from './case-view.policy';

const member = (
  id: string,
  kind: CaseMember['kind'],
  extra: Partial<CaseMember> = {},
  sharesWithParents = false,
): CaseMember => ({
  id,
  kind,
  firstName: id,
  lastName: 'Test',
  birthDate: kind === 'child' ? '2010-01-01' : null,
  age: kind === 'child' ? 12 : null,
  custody: kind === 'parent' ? true : null,
  address: `${id}straat 1`,
  addressConfidential: false,
  restricted: false,
  hasAccount: false,
  self: false,
  ...extra,
  sharesWithParents,
});

const family = [
  member('moeder', 'parent'),
  member('vader', 'parent', { addressConfidential: true }),
  member('kind12', 'child'),
  member('kind17', 'child', { age: 17, birthDate: '2009-01-01' }),
  member('kind17ok', 'child', { age: 17, birthDate: '2009-02-01' }, true),
];
const parent = (memberId: string, custody = true): Viewer => ({
  kind: 'family',
  memberId,
  memberKind: 'parent',
  custody,
  age: null,
});
const byId = (list: CaseMember[], id: string) => list.find((m) => m.id === id) as CaseMember;

describe('membersForViewer', () => {
  it('shows a professional everything', () => {
    const seen = membersForViewer(family, { kind: 'professional' }, 'restricted');
    expect(byId(seen, 'vader').address).toBe('vaderstraat 1');
    expect(seen.every((m) => !m.restricted)).toBe(true);
    expect(seen.some((m) => m.self)).toBe(false);
  });

  it('tells a family member which member they are themselves', () => {
    const seen = membersForViewer(family, parent('vader'), 'restricted');
    expect(seen.filter((m) => m.self).map((m) => m.id)).toEqual(['vader']);
  });

  it('never shows a confidential address to the other parent, but does to its owner', () => {
    expect(byId(membersForViewer(family, parent('moeder'), 'restricted'), 'vader').address).toBeNull();
    expect(byId(membersForViewer(family, parent('vader'), 'restricted'), 'vader').address).toBe(
      'vaderstraat 1',
    );
  });

  it('withholds the data of a child of 16+ from a parent unless the child consents', () => {
    const seen = membersForViewer(family, parent('moeder'), 'restricted');
    expect(byId(seen, 'kind17')).toMatchObject({
      birthDate: null,
      age: null,
      restricted: true,
      firstName: 'kind17',
    });
    expect(byId(seen, 'kind17ok')).toMatchObject({ age: 17, restricted: false });
    expect(byId(seen, 'kind12')).toMatchObject({ age: 12, restricted: false });
  });

  it('gives a parent without custody the restricted view, unless configured otherwise', () => {
    const restricted = membersForViewer(family, parent('vader', false), 'restricted');
    expect(restricted.filter((m) => m.kind === 'child').every((m) => m.restricted && m.age === null)).toBe(
      true,
    );
    const full = membersForViewer(family, parent('vader', false), 'full');
    expect(byId(full, 'kind12').restricted).toBe(false);
  });
});
