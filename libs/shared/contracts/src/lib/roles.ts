/** The roles of docs/domain.md. A user has exactly one role. */
export const ROLES = [
  'coordinator',
  'chair',
  'secretary',
  'professional',
  'parent',
  'child',
  'network',
  'auditor',
  'privacy_officer',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles that work for an organisation and see cases through membership. */
export const PROFESSIONAL_ROLES = [
  'coordinator',
  'chair',
  'secretary',
  'professional',
] as const satisfies readonly Role[];
/** Roles of family members and their network: they see only their own case. */
export const CLIENT_ROLES = ['parent', 'child', 'network'] as const satisfies readonly Role[];

export function isProfessionalRole(role: Role): boolean {
  return (PROFESSIONAL_ROLES as readonly Role[]).includes(role);
}

export function isClientRole(role: Role): boolean {
  return (CLIENT_ROLES as readonly Role[]).includes(role);
}
