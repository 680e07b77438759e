import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CaseMember } from '@tafel/shared/contracts';
import { caseMember } from '../testing/case-member';
import { MemberList } from './member-list';

function render(members: CaseMember[]): HTMLElement {
  const fixture = TestBed.createComponent(MemberList);
  fixture.componentRef.setInput('members', members);
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

/** A page that adds a button to every parent. */
@Component({
  selector: 'tafel-host-page',
  imports: [MemberList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <tafel-member-list [members]="members" [actions]="invite" />
    <ng-template #invite let-member>
      @if (member.kind === 'parent') {
        <button type="button">{{ member.firstName }}</button>
      }
    </ng-template>
  `,
})
class HostPage {
  members = [
    caseMember({ id: 'p1', firstName: 'Mark' }),
    caseMember({ id: 'k1', kind: 'child', firstName: 'Mila' }),
  ];
}

describe('MemberList', () => {
  it('shows each member with role, age and gezag', () => {
    const items = render([
      caseMember({ id: 'p', custody: false }),
      caseMember({ id: 'k', kind: 'child', firstName: 'Noor', age: 1, custody: null }),
      caseMember({ id: 'k2', kind: 'child', firstName: 'Daan', age: 13, custody: null }),
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
    const text = render([caseMember({ addressConfidential: true })]).textContent ?? '';
    expect(text).toContain('Adres afgeschermd');
  });

  it('shows the address when the viewer may see it', () => {
    const text = render([caseMember({ address: 'Marktstraat 4, Enschede' })]).textContent ?? '';
    expect(text).toContain('Adres: Marktstraat 4, Enschede');
  });

  it('says an address is shielded from this viewer without showing it', () => {
    const text = render([caseMember({ address: null, addressConfidential: true })]).textContent ?? '';
    expect(text).toContain('Adres afgeschermd.');
    expect(text).not.toContain('Adres:');
  });

  it('explains withheld data instead of showing it', () => {
    const items = render([
      caseMember({ id: 'k', kind: 'child', firstName: 'Mila', age: null, restricted: true, address: null }),
    ]).querySelectorAll('li');
    expect(items[0].textContent).toContain('Mila Bakker');
    expect(items[0].textContent).toContain('Gegevens niet zichtbaar.');
    expect(items[0].textContent).not.toContain('jaar');
  });

  it("renders the page's actions inside each member's item, for that member", async () => {
    const fixture = TestBed.createComponent(HostPage);
    await fixture.whenStable();
    const items = (fixture.nativeElement as HTMLElement).querySelectorAll('li');
    expect(items[0].querySelector('button')?.textContent).toBe('Mark');
    expect(items[1].querySelector('button')).toBeNull();
  });

  it('says so when nobody is recorded yet', () => {
    expect(render([]).textContent).toContain('nog geen gezinsleden');
  });
});
