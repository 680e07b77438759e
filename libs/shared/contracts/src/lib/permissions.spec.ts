import { ROLE_PERMISSIONS, roleHasPermission } from './permissions';
import { ROLES, isClientRole, isProfessionalRole } from './roles';

describe('role permissions', () => {
  it('gives every role at least me:read', () => {
    for (const role of ROLES) expect(roleHasPermission(role, 'me:read')).toBe(true);
  });

  it('never lets an auditor, privacy officer or admin read a case', () => {
    for (const role of ['auditor', 'privacy_officer', 'admin'] as const) {
      expect(ROLE_PERMISSIONS[role]).not.toContain('case:read');
    }
  });

  it('reserves hand-over and regie switches to coordinators and professionals (a jeugdbeschermer can hold regie)', () => {
    const holders = ROLES.filter((r) => roleHasPermission(r, 'case:handover'));
    expect(holders).toEqual(['coordinator', 'professional']);
    expect(ROLES.filter((r) => roleHasPermission(r, 'case:regie'))).toEqual(['coordinator', 'professional']);
  });

  it('gives "Mijn gezinnen" its own permission, for those who can hold regie, apart from recording chain events', () => {
    expect(ROLES.filter((r) => roleHasPermission(r, 'dashboard:read'))).toEqual([
      'coordinator',
      'professional',
    ]);
    expect(ROLE_PERMISSIONS.chair).not.toContain('dashboard:read');
    expect(ROLE_PERMISSIONS.admin).not.toContain('dashboard:read');
  });

  it('classifies professional and client roles disjointly', () => {
    for (const role of ROLES) expect(isProfessionalRole(role) && isClientRole(role)).toBe(false);
    expect(isClientRole('parent')).toBe(true);
    expect(isProfessionalRole('chair')).toBe(true);
  });
});
