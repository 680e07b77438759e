import { weakPasswordReason } from './password-policy';

describe('weakPasswordReason', () => {
  it.each([
    'wachtwoord',
    'Welkom2026!',
    'PASSWORD123',
    'qwertyuiop',
    'aaaaaaaaaaaa',
    'abababababab',
    '123456789012',
  ])('refuses %s', (password) => expect(weakPasswordReason(password)).not.toBeNull());

  it.each(['paarse-olifant-fietst', 'Correct Horse Battery', 'tafel-demo-2026-x9'])(
    'accepts %s',
    (password) => expect(weakPasswordReason(password)).toBeNull(),
  );
});
