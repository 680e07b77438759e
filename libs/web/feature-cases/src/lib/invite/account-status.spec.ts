import { MemberAccount } from '@tafel/shared/contracts';
import { accountStatus, invitedBefore } from './account-status';

describe('accountStatus', () => {
  const sent = {
    email: 'mark@example.nl',
    invitedAt: '2026-12-01T09:00:00Z',
    expiresAt: '2026-12-08T09:00:00Z',
  };
  const none = { email: null, invitedAt: null, expiresAt: null };
  const of = (account: MemberAccount | undefined) => accountStatus('nl', account);

  it('says in plain Dutch where an account stands, and nothing when there is nothing to say', () => {
    expect(of({ state: 'invited', ...sent })).toBe(
      'Uitgenodigd op 1 december 2026, de link werkt tot 8 december 2026',
    );
    expect(of({ state: 'expired', ...sent })).toBe('Uitnodiging verlopen');
    expect(of({ state: 'active', ...none })).toBe('Heeft een account');
    expect(of({ state: 'none', ...none })).toBeNull();
    expect(of(undefined)).toBeNull();
  });

  it('counts invited and expired as invited before: the button then reads "Opnieuw uitnodigen"', () => {
    expect(invitedBefore({ state: 'invited', ...sent })).toBe(true);
    expect(invitedBefore({ state: 'expired', ...sent })).toBe(true);
    expect(invitedBefore({ state: 'active', ...none })).toBe(false);
    expect(invitedBefore(undefined)).toBe(false);
  });
});
