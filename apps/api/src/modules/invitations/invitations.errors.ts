import { DomainError } from '../../common/problem/domain-error';

/** Unknown and already used are one answer: a token tells nothing beyond "not (any more)". */
export const invitationNotFound = () =>
  new DomainError('not_found', 'This invitation does not exist or has already been used');
export const invitationExpired = () =>
  new DomainError('invitation_expired', 'This invitation has expired or was replaced by a newer one');
export const notInvitable = (reason: string) =>
  new DomainError('validation_failed', 'This person cannot be invited', [{ name: 'memberId', reason }]);
export const alreadyHasAccount = () => new DomainError('conflict', 'This person already has an account');
export const emailInUse = () =>
  new DomainError('email_in_use', 'An account with this e-mail address already exists');
export const invitationNotSent = () =>
  new DomainError('service_unavailable', 'The invitation could not be sent; try again later');
