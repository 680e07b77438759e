import { invalid } from '../../common/problem/domain-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/*
 * The parameters below a case are checked after the access check, so that someone without a
 * relationship to the case gets the same 404 whatever they send (no probing of a family's plan).
 */

/** A version number: a positive integer (a draft has none), else 400 naming the parameter. */
export function versionNumber(value: string | undefined, name = 'number'): number {
  if (value === undefined || !/^[1-9][0-9]{0,8}$/.test(value))
    throw invalid([{ name, reason: 'must be the number of a published version' }]);
  return Number(value);
}

export function uuidParam(value: string, name: string): string {
  if (!UUID.test(value)) throw invalid([{ name, reason: 'must be a UUID' }]);
  return value;
}
