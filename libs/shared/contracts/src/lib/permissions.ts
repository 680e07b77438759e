import { Role } from './roles';

/** What a handler allows; the service then checks which rows (need-to-know). */
export const PERMISSIONS = [
  'me:read',
  'organisation:read',
  'case:read',
  'case:create',
  'case:update',
  'case:add-member',
  'case:handover',
  'case:regie',
  'tafel:read',
  'tafel:request',
  'tafel:schedule',
  'tafel:decide',
  'tafel:record',
  'tafel:rsvp',
  'sitting:read',
  'sitting:manage',
  'availability:manage',
  'agreement:update',
  'accesslog:read',
  'accesslog:own',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  coordinator: [
    'me:read',
    'organisation:read',
    'case:read',
    'case:create',
    'case:update',
    'case:add-member',
    'case:handover',
    'case:regie',
    'tafel:read',
    'tafel:request',
    'tafel:schedule',
    'tafel:rsvp',
    'sitting:read',
    'availability:manage',
    'agreement:update',
  ],
  chair: [
    'me:read',
    'organisation:read',
    'case:read',
    'tafel:read',
    'tafel:decide',
    'tafel:record',
    'tafel:rsvp',
    'sitting:read',
    'sitting:manage',
    'availability:manage',
  ],
  secretary: [
    'me:read',
    'organisation:read',
    'case:read',
    'tafel:read',
    'tafel:record',
    'tafel:rsvp',
    'sitting:read',
    'availability:manage',
  ],
  professional: [
    'me:read',
    'organisation:read',
    'case:read',
    'tafel:read',
    'tafel:request',
    'tafel:rsvp',
    'availability:manage',
  ],
  parent: ['me:read', 'case:read', 'tafel:read', 'tafel:rsvp', 'accesslog:own'],
  child: ['me:read', 'case:read', 'tafel:read', 'tafel:rsvp', 'accesslog:own'],
  network: ['me:read', 'case:read'],
  auditor: ['me:read', 'organisation:read'],
  privacy_officer: ['me:read', 'organisation:read', 'accesslog:read'],
  admin: ['me:read', 'organisation:read', 'sitting:read', 'sitting:manage'],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
