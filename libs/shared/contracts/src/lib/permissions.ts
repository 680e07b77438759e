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
  ],
  chair: ['me:read', 'organisation:read', 'case:read'],
  secretary: ['me:read', 'organisation:read', 'case:read'],
  professional: ['me:read', 'organisation:read', 'case:read'],
  parent: ['me:read', 'case:read'],
  child: ['me:read', 'case:read'],
  network: ['me:read', 'case:read'],
  auditor: ['me:read', 'organisation:read'],
  privacy_officer: ['me:read', 'organisation:read'],
  admin: ['me:read', 'organisation:read'],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
