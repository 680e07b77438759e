import { ValidationError } from 'class-validator';
import { InvalidParam } from '@tafel/shared/contracts';
import { invalid } from './domain-error';

/** A name an answer may repeat: an identifier of at most 64 characters (below it, an array index too). */
export const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const INDEX = /^\d{1,9}$/;

/**
 * Flattens class-validator errors into RFC 9457 invalid-params with dotted names. A field's name is
 * repeated only when it is plain: any other name is one the client made up (no request contract declares
 * it), so it is reported on its parent (or the request) with a fixed reason, never echoed.
 */
export function toInvalidParams(errors: ValidationError[], prefix = ''): InvalidParam[] {
  return errors.flatMap((error) => {
    if (!PLAIN_NAME.test(error.property) && !(prefix && INDEX.test(error.property))) {
      return [{ name: prefix || 'request', reason: 'contains a field that does not exist' }];
    }
    const name = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ name, reason }));
    return [...own, ...toInvalidParams(error.children ?? [], name)];
  });
}

export const validationExceptionFactory = (errors: ValidationError[]) => invalid(toInvalidParams(errors));
