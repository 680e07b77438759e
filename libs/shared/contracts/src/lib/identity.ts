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

export interface InvitationCreated {
  id: string;
  expiresAt: string;
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
