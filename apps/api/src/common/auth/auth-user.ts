import { Role } from '@tafel/shared/contracts';

/** The authenticated caller, as the session strategy puts it on the request. */
export interface AuthUser {
  id: string;
  role: Role;
  organisationId: string | null;
  sessionId: string;
  /** `mfa`: only the second-factor endpoints are open (see @SecondFactorStep). */
  stage: 'mfa' | 'full';
  /** Where the request came from (IP and user agent), for the access log. */
  accessPoint: string;
}
