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
