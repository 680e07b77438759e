import { CaseMember } from '@tafel/shared/contracts';

/** The default age from which a child gets an account (the API's CHILD_AGE_THRESHOLD decides). */
export const CHILD_ACCOUNT_AGE = 12;

/** Parents, and children from the age threshold, who have no account yet can be invited. */
export function isInvitable(member: CaseMember): boolean {
  if (member.hasAccount || member.restricted) return false;
  if (member.kind === 'parent') return true;
  return member.kind === 'child' && (member.age ?? 0) >= CHILD_ACCOUNT_AGE;
}
