import { InvalidParam } from '@tafel/shared/contracts';
import { DomainError } from '../../common/problem/domain-error';

export const tafelNotFound = () => new DomainError('not_found', 'Tafel not found');
export const sittingNotFound = () =>
  new DomainError('validation_failed', 'Unknown sitting', [{ name: 'sittingId', reason: 'no such sitting' }]);
export const requestIncomplete = (params: InvalidParam[]) =>
  new DomainError('validation_failed', 'The request misses what this moment type needs', params);
export const invalidState = (detail: string) => new DomainError('invalid_state', detail);
/** Only on the tafel's day or later: opening its room, recording its attendance and decision. */
export const beforeTheDay = (detail: string) => new DomainError('too_early', detail);
export const slotUnavailable = (detail: string) => new DomainError('slot_unavailable', detail);
export const doubleBooked = () =>
  new DomainError(
    'double_booked',
    'One of the participants, the chair or the secretary is not available then',
  );
export const participantsIncomplete = (missing: string[]) =>
  new DomainError(
    'participants_incomplete',
    'Add the required participants before scheduling',
    missing.map((role) => ({ name: 'participants', reason: `needs a ${role}` })),
  );
export const participantInvalid = (name: string, reason: string) =>
  new DomainError('validation_failed', 'The participant does not fit the rules', [{ name, reason }]);
export const decisionInvalid = (name: string, reason: string) =>
  new DomainError('validation_failed', 'The decision does not fit the rules', [{ name, reason }]);
export const notAParticipant = () => new DomainError('forbidden', 'Only an invited participant can answer');
