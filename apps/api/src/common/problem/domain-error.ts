import { ErrorCode, InvalidParam, ProblemDetails } from '@tafel/shared/contracts';

/** An expected failure of the domain. The problem filter maps its code to an HTTP status. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly invalidParams?: InvalidParam[],
    /** Members added to the problem body (RFC 9457 extensions), e.g. `current` on a version conflict. */
    readonly extensions?: Pick<ProblemDetails, 'current'>,
  ) {
    super(detail);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} was not found`);
export const invalid = (params: InvalidParam[]) =>
  new DomainError('validation_failed', 'The request contains invalid parameters', params);
