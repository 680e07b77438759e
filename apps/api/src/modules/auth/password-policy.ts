import { ValidationOptions, registerDecorator } from 'class-validator';

/**
 * Passwords that top every breach list (and their Dutch cousins); compared case-insensitively,
 * also with digits and punctuation stripped from the end ("Welkom2026!" is "welkom").
 */
const COMMON_PASSWORDS = new Set([
  'password',
  'passw0rd',
  'wachtwoord',
  'welkom',
  'welkomwelkom',
  'qwerty',
  'qwertyuiop',
  'azerty',
  'letmein',
  'iloveyou',
  'admin',
  'administrator',
  'welcome',
  'monkey',
  'dragon',
  'football',
  'voetbal',
  'baseball',
  'sunshine',
  'princess',
  'master',
  'trustno',
  'starwars',
  'zomer',
  'winter',
  'lente',
  'herfst',
  'geheim',
  'tafel',
  'tafeldemo',
  'jeugdzorg',
  'ajax',
  'feyenoord',
  'psv',
  'twente',
  'enschede',
  'hengelo',
  'almelo',
  'changeme',
  'abcdef',
  'abcdefgh',
  'abc',
  'asdfghjkl',
  'zxcvbnm',
]);

/** Why a password is refused, or null when it may be used (the minimum length is checked apart). */
export function weakPasswordReason(password: string): string | null {
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, '');
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(stem)) return 'is a commonly used password';
  if (new Set(lower).size <= 2) return 'repeats one or two characters';
  if (
    /^\d+$/.test(lower) ||
    '01234567890123456789'.includes(lower) ||
    'abcdefghijklmnopqrstuvwxyz'.includes(lower)
  ) {
    return 'is a simple sequence';
  }
  return null;
}

/** Where a password is set: refuses common passwords and trivial patterns (the blocklist above). */
export function IsNotWeakPassword(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isNotWeakPassword',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: ({ value }) =>
          `${String(propertyName)} ${typeof value === 'string' ? (weakPasswordReason(value) ?? 'is too weak') : 'is too weak'}; choose a longer, less common one`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && weakPasswordReason(value) === null,
      },
    });
}
