import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, TemplateRef } from '@angular/core';
import { CaseMember } from '@tafel/shared/contracts';
import { MEMBER_KIND_LABELS } from '../labels/role-labels';

/** What a page may add to each member (e.g. an "Uitnodigen" button); the member is the implicit context. */
export type MemberActions = TemplateRef<{ $implicit: CaseMember }>;

/**
 * The members of a family: name, place in the family, age, gezag, address (when the viewer may see
 * it) and whether it is shielded. Members whose data is withheld from the viewer show only their name.
 */
@Component({
  selector: 'tafel-member-list',
  imports: [NgTemplateOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './member-list.html',
  styleUrl: './member-list.scss',
})
export class MemberList {
  readonly members = input.required<readonly CaseMember[]>();
  /** Rendered at the end of each member's item, with the member as context. */
  readonly actions = input<MemberActions | null>(null);
  protected readonly kindLabels = MEMBER_KIND_LABELS;
}
