import { ValidationError } from 'class-validator';
import { InvalidParam } from '@tafel/shared/contracts';
import { invalid } from './domain-error';

/** Flattens class-validator errors into RFC 9457 invalid-params with dotted names. */
export function toInvalidParams(errors: ValidationError[], prefix = ''): InvalidParam[] {
  return errors.flatMap((error) => {
    const name = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ name, reason }));
    return [...own, ...toInvalidParams(error.children ?? [], name)];
  });
}

export const validationExceptionFactory = (errors: ValidationError[]) => invalid(toInvalidParams(errors));
