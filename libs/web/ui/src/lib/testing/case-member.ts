import { CaseMember } from '@tafel/shared/contracts';

/** A member of a case for specs: Sanne Bakker, a parent with custody and no account, unless overridden. */
export const caseMember = (overrides: Partial<CaseMember> = {}): CaseMember => ({
  id: 'm1',
  kind: 'parent',
  firstName: 'Sanne',
  lastName: 'Bakker',
  birthDate: null,
  age: null,
  custody: true,
  address: null,
  addressConfidential: false,
  restricted: false,
  hasAccount: false,
  sharesWithParents: false,
  self: false,
  ...overrides,
});
