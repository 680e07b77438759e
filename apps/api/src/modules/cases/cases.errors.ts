import { DomainError } from '../../common/problem/domain-error';

/** A case the caller may not see is answered exactly like a case that does not exist. */
export const caseNotFound = () => new DomainError('not_found', 'Case not found');
export const coordinatorNotEligible = () =>
  new DomainError(
    'coordinator_not_eligible',
    'The new coordinator must be an active user with the coordinator role',
  );
export const sameCoordinator = () =>
  new DomainError('same_coordinator', 'This user already coordinates the case');
export const regieUnchanged = () =>
  new DomainError('regie_unchanged', 'The case already has this regie mode');
export const professionalNotEligible = () =>
  new DomainError('validation_failed', 'Only an active professional can be added to a case', [
    { name: 'userId', reason: 'must be an active professional user' },
  ]);
export const memberRuleBroken = (name: string, reason: string) =>
  new DomainError('validation_failed', 'The member does not fit the rules', [{ name, reason }]);
export const emptyUpdate = () =>
  new DomainError('validation_failed', 'Nothing to update', [
    { name: 'body', reason: 'must change at least one field' },
  ]);
export const memberNotFound = () => new DomainError('not_found', 'Member not found');
export const consentNotApplicable = () =>
  new DomainError('invalid_state', 'Consent applies only to a child of 16 or older');
/** The administrator hands over the families of a deactivated coordinator only; an active one does it. */
export const coordinatorStillActive = () =>
  new DomainError('invalid_state', 'This person is active: they hand their families over themselves');
export const handedOverMeanwhile = () =>
  new DomainError('invalid_state', 'A family of this person was handed over meanwhile; try again');
/** The active coordinator is not an added professional to remove: they leave a family by handing it over. */
export const coordinatorNotRemovable = () =>
  new DomainError('invalid_state', 'The active coordinator leaves a family by handing it over');
