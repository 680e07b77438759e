import { Gemeente, OrganisationType } from './organisation';
import { Role } from './roles';

/** Roles an administrator gives an account; family members get theirs through a coordinator's invitation. */
export const STAFF_ROLES = [
  'coordinator',
  'chair',
  'secretary',
  'professional',
  'auditor',
  'privacy_officer',
  'admin',
] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

/** An account as the administrator sees it: who, which role and organisation, and its state — never case data. */
export interface AdminUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisation: { id: string; name: string } | null;
  active: boolean;
  /** A second factor (authenticator app) is set up. */
  secondFactor: boolean;
  /** Invited, and the invitation link has not been used yet. */
  invitationOpen: boolean;
}

export interface AdminUserQuery {
  /** A part of the name or the e-mail address. */
  q?: string;
  /** Only staff accounts of this role (a picker of coordinators asks for no family member's account). */
  role?: StaffRole;
}

/** The most accounts the administrator's list shows at once: search to narrow it down. */
export const ADMIN_USER_LIST_LIMIT = 100;

/** A new account: the person gets an invitation mail (without content) to set a password. */
export interface CreateUserRequest {
  email: string;
  displayName: string;
  role: StaffRole;
  organisationId: string;
}

/**
 * A change to an account; what is left out stays. The role changes only while the person is a member
 * of no family (problem `member_of_cases`): a role decides what a member may do to a family.
 */
export type UpdateUserRequest = Partial<CreateUserRequest>;

/**
 * What a person still carries, in numbers only (the administrator sees no family), so that deactivating
 * them orphans nothing unseen: the families they are the active regievoerder of, and the tafels still
 * open (not cancelled, verslag not yet adopted) they chair or minute.
 */
export interface UserResponsibilities {
  families: number;
  tafelsToChair: number;
  tafelsToMinute: number;
}

export interface OrganisationRequest {
  name: string;
  type: OrganisationType;
  /** For a gemeente or a wijkteam: the gemeente it belongs to; left out for a regional organisation. */
  gemeente?: Gemeente;
}

/** A setting DOMAIN.md calls configurable, with its current value and where that value comes from. */
export interface AppSetting {
  key: string;
  label: string;
  value: string;
  /**
   * In Dutch words for the functional administrator: set at installation or Tafel's default, with
   * the environment variable that changes it (never a file in the code).
   */
  source: string;
  /** False: set at installation (environment) or Tafel's default; shown read-only. */
  editable: boolean;
}

/** How long the current session lasts, for the warning before it ends. */
export interface SessionInfo {
  /** When the session ends without further activity. */
  idleExpiresAt: string;
  /** When it ends in any case (the absolute maximum). */
  expiresAt: string;
  /** How long the session lasts without activity; every API call is activity. */
  idleSeconds: number;
}

/**
 * A closed case past its retention term, as the administrator sees it: no family content, no names.
 * Dates are calendar days (yyyy-mm-dd).
 */
export interface RetentionCase {
  id: string;
  caseNumber: string;
  gemeente: Gemeente;
  closedOn: string;
  retainUntil: string;
}

/** The most cases one destruction takes at once. */
export const DESTROY_CASES_LIMIT = 100;

/** Destroys these cases (each past its term) in one transaction; the reason goes into each tombstone. */
export interface DestroyCasesRequest {
  caseIds: string[];
  reason: string;
}

export interface DestroyCasesResult {
  destroyed: number;
}
