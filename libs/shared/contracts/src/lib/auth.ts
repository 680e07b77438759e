import { Permission } from './permissions';
import { Role } from './roles';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface Me {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisation: { id: string; name: string } | null;
  permissions: Permission[];
}

export const SESSION_COOKIE = 'tafel_session';

/** Roles that log in with a second factor (TOTP); required in production. */
export const MFA_ROLES: readonly Role[] = [
  'coordinator',
  'chair',
  'secretary',
  'professional',
  'privacy_officer',
  'admin',
];

/** After the password: either logged in, or a second factor is due (enter it, or enrol first). */
export type LoginResult =
  | { status: 'authenticated'; me: Me }
  | { status: 'totp_required' }
  | { status: 'totp_enrolment_required' };

export interface TotpVerifyRequest {
  /** The 6-digit code from the authenticator app. */
  code?: string;
  /** Or one of the single-use recovery codes. */
  recoveryCode?: string;
}

export interface TotpEnrolment {
  secret: string;
  otpauthUri: string;
  /** The otpauth URI as an SVG QR code (a data URL). */
  qrCode: string;
}

export interface TotpConfirmRequest {
  code: string;
}

export interface TotpConfirmResult {
  /** Shown once; each works once instead of a code. */
  recoveryCodes: string[];
  me: Me;
}

export interface LoginMethods {
  password: boolean;
  /** DigiD / eHerkenning through the OIDC broker (start at /api/v1/auth/oidc/start). */
  oidc: boolean;
}
