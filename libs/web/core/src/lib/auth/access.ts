import { Permission, Role } from '@tafel/shared/contracts';

/** Who works with tafels ("Mijn tafels", the tafel page): those who request, decide or record them. */
export const TAFEL_WORK_PERMISSIONS: readonly Permission[] = [
  'tafel:request',
  'tafel:decide',
  'tafel:record',
];

/** Who gets the family view of their next tafel ("Mijn gesprek"). */
export const FAMILY_TAFEL_ROLES: readonly Role[] = ['parent', 'child'];
