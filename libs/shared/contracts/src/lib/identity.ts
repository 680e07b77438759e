import { Role } from './roles';

/** Who can be invited to set up an account: parents, and children from the age threshold. */
export type InvitableRole = Extract<Role, 'parent' | 'child'>;

/** The shortest password an invited parent or child may choose. */
export const INVITATION_PASSWORD_MIN_LENGTH = 12;

/** The web page an invitation links to: `/uitnodiging/{token}`. */
export const INVITATION_WEB_PATH = 'uitnodiging';

/** Starts the login at the OIDC broker (DigiD); add `?invitation={token}` to accept an invitation. */
export const OIDC_START_PATH = 'auth/oidc/start';

export interface CreateInvitationRequest {
  /** A parent, or a child at or above the age threshold, of the case, without an account yet. */
  memberId: string;
  email: string;
}

/**
 * Where a parent or child stands with their account, as a coordinator (`case.invite`) sees it:
 * `none` no account and never invited (or the last mail could not be sent) · `invited` an open
 * invitation · `expired` the last invitation expired unused · `active` has an account.
 */
export const ACCOUNT_STATES = ['none', 'invited', 'expired', 'active'] as const;
export type AccountState = (typeof ACCOUNT_STATES)[number];

export interface MemberAccount {
  state: AccountState;
  /** The address of the last invitation (`invited`, `expired`); null otherwise. */
  email: string | null;
  /** When the last invitation was sent (`invited`, `expired`); null otherwise. */
  invitedAt: string | null;
  /** Until when its link works (`invited`) or worked (`expired`); null otherwise. */
  expiresAt: string | null;
}

/**
 * How the invitation mail left: `sent` through SMTP, or `logged` — the demo without `SMTP_URL`
 * writes the mail (with the link) to the server log instead. Outside the demo, no SMTP means no
 * invitation (503).
 */
export const MAIL_DELIVERIES = ['sent', 'logged'] as const;
export type MailDelivery = (typeof MAIL_DELIVERIES)[number];

export interface InvitationCreated {
  id: string;
  expiresAt: string;
  delivery: MailDelivery;
  /** The person's account state now: `invited`. */
  account: MemberAccount;
}

/** What the invitation page may show before the account exists; nothing about the case. */
export interface InvitationInfo {
  /** A parent or child; or the role of a staff account an administrator created. */
  role: Role;
  email: string;
  expiresAt: string;
}

export interface AcceptInvitationRequest {
  password: string;
  /** How Tafel addresses the person; defaults to the name the coordinator recorded. */
  displayName?: string;
}
