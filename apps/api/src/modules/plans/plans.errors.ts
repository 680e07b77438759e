import { PlanDraft } from '@tafel/shared/contracts';
import { DomainError, notFound } from '../../common/problem/domain-error';

export const planVersionNotFound = () => notFound('Plan version');
export const nothingToPublish = () => new DomainError('invalid_state', 'The plan has no draft to publish');
/** A version the family would have to read and answer again, with nothing new in it. */
export const unchangedSince = (number: number) =>
  new DomainError('nothing_changed', `The draft is the same as version ${number}`);

/** A save or publish based on an older revision than the draft's: 409 with the draft as it now is. */
export const staleRevision = (current: PlanDraft) =>
  new DomainError(
    'conflict',
    'Someone else saved the plan in the meantime; their version is in `current`',
    undefined,
    { current },
  );
