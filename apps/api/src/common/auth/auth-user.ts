import { Role } from '@tafel/shared/contracts';

/** The authenticated caller, as the session strategy puts it on the request. */
export interface AuthUser {
  id: string;
  role: Role;
  organisationId: string | null;
  sessionId: string;
}
