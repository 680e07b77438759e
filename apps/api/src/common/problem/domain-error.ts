import { ErrorCode, InvalidParam } from '@tafel/shared/contracts';

/** An expected failure of the domain. The problem filter maps its code to an HTTP status. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly invalidParams?: InvalidParam[],
  ) {
    super(detail);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} was not found`);
export const invalid = (params: InvalidParam[]) =>
  new DomainError('validation_failed', 'The request contains invalid parameters', params);
