import { PERMISSIONS, ROLES, roleHasPermission } from '@tafel/shared/contracts';

/** The role × permission table of docs/security.md, generated from ROLE_PERMISSIONS. */
export function permissionTableMarkdown(): string {
  const header = `| permission | ${ROLES.join(' | ')} |`;
  const rule = `|---|${ROLES.map(() => ':-:').join('|')}|`;
  const rows = PERMISSIONS.map(
    (p) => `| \`${p}\` | ${ROLES.map((r) => (roleHasPermission(r, p) ? '✔' : '')).join(' | ')} |`,
  );
  return [header, rule, ...rows].join('\n');
}
