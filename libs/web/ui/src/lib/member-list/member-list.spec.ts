import { TestBed } from '@angular/core/testing';
import { CaseMember } from '@tafel/shared/contracts';
import { MemberList } from './member-list';

const member = (overrides: Partial<CaseMember>): CaseMember => ({
  id: 'm1',
  kind: 'parent',
  firstName: 'Sanne',
  lastName: 'Bakker',
  birthDate: null,
  age: null,
  custody: true,
  address: null,
  addressConfidential: false,
  restricted: false,
  hasAccount: false,
  ...overrides,
});

function render(members: CaseMember[]): HTMLElement {
  const fixture = TestBed.createComponent(MemberList);
  fixture.componentRef.setInput('members', members);
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('MemberList', () => {
  it('shows each member with role, age and gezag', () => {
    const items = render([
      member({ id: 'p', custody: false }),
      member({ id: 'k', kind: 'child', firstName: 'Noor', age: 1, custody: null }),
      member({ id: 'k2', kind: 'child', firstName: 'Daan', age: 13, custody: null }),
    ]).querySelectorAll('li');

    expect(items).toHaveLength(3);
    expect(items[0].textContent).toContain('Sanne Bakker');
    expect(items[0].textContent).toContain('Ouder');
    expect(items[0].textContent).toContain('Heeft geen gezag');
    expect(items[1].textContent).toContain('1 jaar');
    expect(items[1].textContent).not.toContain('gezag');
    expect(items[2].textContent).toContain('13 jaar');
  });

  it('notes a shielded address without showing anything else about it', () => {
    const text = render([member({ addressConfidential: true })]).textContent ?? '';
    expect(text).toContain('Adres afgeschermd');
  });

  it('says so when nobody is recorded yet', () => {
    expect(render([]).textContent).toContain('nog geen gezinsleden');
  });
});
