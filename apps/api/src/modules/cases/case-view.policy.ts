import { CaseMember, DATA_CONSENT_AGE } from '@tafel/shared/contracts';

/** Who looks: a professional (full view) or a family member through their own membership. */
export type Viewer =
  | { kind: 'professional' }
  | {
      kind: 'family';
      memberId: string;
      memberKind: CaseMember['kind'];
      custody: boolean | null;
      /** The viewer's own age, when known (children: under 16 no documents). */
      age: number | null;
    };

export type NonCustodialView = 'restricted' | 'full';

export { DATA_CONSENT_AGE };

function withheld(member: CaseMember): CaseMember {
  return { ...member, birthDate: null, age: null, address: null, restricted: true };
}

/** Whether this viewer gets the restricted parent view (no timeline, children's data withheld). */
export function isRestrictedParent(viewer: Viewer, nonCustodialView: NonCustodialView): boolean {
  return (
    viewer.kind === 'family' &&
    viewer.memberKind === 'parent' &&
    viewer.custody === false &&
    nonCustodialView === 'restricted'
  );
}

/**
 * The family-facing view of the members, in one place:
 * - a confidential address is never shown to anyone in the family but its owner;
 * - a parent sees the data of a child of 16 or older only with that child's consent;
 * - a parent without custody gets the restricted view (configurable): children's data withheld.
 * Professionals see everything their membership gives them.
 */
export function membersForViewer(
  members: CaseMember[],
  viewer: Viewer,
  nonCustodialView: NonCustodialView,
): CaseMember[] {
  return members.map((member) => {
    if (viewer.kind === 'professional') return member;
    const own = member.id === viewer.memberId;
    const shown = {
      ...member,
      self: own,
      address: member.addressConfidential && !own ? null : member.address,
    };
    if (viewer.memberKind !== 'parent' || member.kind !== 'child') return shown;
    return withholdsChild(viewer, member, nonCustodialView) ? withheld(shown) : shown;
  });
}

/**
 * Whether a parent viewer is kept from a child's data: under the restricted view of a parent without
 * custody, or when the child is 16 or older and has not consented.
 */
export function withholdsChild(
  viewer: Viewer,
  child: { age: number | null; sharesWithParents: boolean },
  nonCustodialView: NonCustodialView,
): boolean {
  if (isRestrictedParent(viewer, nonCustodialView)) return true;
  return (child.age ?? 0) >= DATA_CONSENT_AGE && !child.sharesWithParents;
}
