import { MemberAccount } from '@tafel/shared/contracts';
import { formatDate } from '@tafel/web/ui';

/**
 * Where a parent's or child's account stands, in plain Dutch next to their name; null when there is
 * nothing to say (not invited, or not for this viewer).
 */
export function accountStatus(locale: string, account: MemberAccount | undefined): string | null {
  switch (account?.state) {
    case 'invited': {
      const sent = formatDate(locale, account.invitedAt ?? '');
      const until = formatDate(locale, account.expiresAt ?? '');
      return $localize`:@@members.accountInvited:Uitgenodigd op ${sent}:sent:, de link werkt tot ${until}:until:`;
    }
    case 'expired':
      return $localize`:@@members.accountExpired:Uitnodiging verlopen`;
    case 'active':
      return $localize`:@@members.accountActive:Heeft een account`;
    case 'none':
    case undefined:
      return null;
  }
}

/** Inviting again (the open invitation is then revoked) once someone was invited before. */
export function invitedBefore(account: MemberAccount | undefined): boolean {
  return account?.state === 'invited' || account?.state === 'expired';
}
