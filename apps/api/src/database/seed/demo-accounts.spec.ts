import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MFA_ROLES } from '@tafel/shared/contracts';
import { DEMO_ACCOUNTS } from './demo-accounts';

/** The README's demo logins say who gives a second factor exactly as the login asks for one. */
describe('the demo logins in the README', () => {
  const readme = readFileSync(join(__dirname, '../../../../../README.md'), 'utf8');

  it.each(DEMO_ACCOUNTS.map((a) => [a.email, a.role] as const))(
    'say whether %s (%s) uses TOTP',
    (email, role) => {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${email}\``));
      expect(row).toBeDefined();
      const secondFactor = row?.split('|').at(-2)?.trim();
      expect(secondFactor).toBe(MFA_ROLES.includes(role) ? 'TOTP' : '—');
    },
  );
});
