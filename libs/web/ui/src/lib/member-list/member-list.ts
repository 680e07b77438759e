import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { CaseMember } from '@tafel/shared/contracts';
import { MEMBER_KIND_LABELS } from '../labels/role-labels';

/** The members of a family: name, place in the family, age, gezag, and whether the address is shielded. */
@Component({
  selector: 'tafel-member-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './member-list.html',
  styleUrl: './member-list.scss',
})
export class MemberList {
  readonly members = input.required<readonly CaseMember[]>();
  protected readonly kindLabels = MEMBER_KIND_LABELS;
}
