import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, Repository } from 'typeorm';
import {
  LoginResult,
  MFA_ROLES,
  Me,
  ROLE_PERMISSIONS,
  Role,
  UpdateUserRequest,
} from '@tafel/shared/contracts';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { DomainError } from '../../common/problem/domain-error';
import { emailInUse } from '../invitations/invitations.errors';
import { UserEntity } from '../users/user.entity';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { SessionMeta, SessionService } from './session.service';

/** What an administrator changes of an account. */
export type AccountChanges = UpdateUserRequest;

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Checks the password (one answer for an unknown e-mail, a wrong password and a deactivated
   * account). With a second factor enrolled, or required for the role, the session starts in the
   * `mfa` stage: only the TOTP endpoints are open until the code is given.
   */
  async login(
    email: string,
    password: string,
    meta: SessionMeta,
  ): Promise<{ token: string; result: LoginResult }> {
    await this.throttle.before(email, meta.ip);
    const user = await this.users.findOne({
      where: { email: email.toLowerCase() },
      select: { id: true, role: true, active: true, passwordHash: true, totpEnabledAt: true },
    });
    const valid = await this.passwords.verify(user?.passwordHash ?? null, password);
    if (!user || !valid || !user.active) {
      await this.throttle.failed(email, meta.ip);
      throw new DomainError('invalid_credentials', 'E-mail address or password is incorrect');
    }
    await this.throttle.succeeded(email);
    if (user.totpEnabledAt) {
      return { token: await this.sessions.start(user.id, meta, 'mfa'), result: { status: 'totp_required' } };
    }
    if (this.firstStage(user.role) === 'mfa') {
      return {
        token: await this.sessions.start(user.id, meta, 'mfa'),
        result: { status: 'totp_enrolment_required' },
      };
    }
    const token = await this.sessions.start(user.id, meta);
    return { token, result: { status: 'authenticated', me: await this.me(user.id) } };
  }

  /**
   * Deactivates an account and ends its sessions at once (an open live room closes at its next
   * session re-check). Returns false for an unknown user.
   */
  async deactivate(userId: string): Promise<boolean> {
    const result = await this.users.update(userId, { active: false });
    if (!result.affected) return false;
    await this.sessions.revokeAll(userId);
    return true;
  }

  /**
   * Lets a deactivated account log in again. Its old sessions stay ended: they were revoked at
   * deactivation, and are revoked again here so that none from before can ever come back.
   */
  async reactivate(userId: string): Promise<boolean> {
    await this.sessions.revokeAll(userId);
    const result = await this.users.update(userId, { active: true });
    return !!result.affected;
  }

  /**
   * Changes name, e-mail, role or organisation (what is left out stays). A new role ends the sessions:
   * the next login starts in the stage the new role asks for (a second factor). False for an unknown user.
   */
  async updateAccount(userId: string, changes: AccountChanges, roleChanged: boolean): Promise<boolean> {
    const email = changes.email?.toLowerCase();
    if (email && (await this.users.exists({ where: { email, id: Not(userId) } }))) throw emailInUse();
    const values = {
      ...(email ? { email } : {}),
      ...(changes.displayName ? { displayName: changes.displayName.trim() } : {}),
      ...(changes.role ? { role: changes.role } : {}),
      ...(changes.organisationId ? { organisationId: changes.organisationId } : {}),
    };
    if (Object.keys(values).length === 0) return this.users.exists({ where: { id: userId } });
    // Two administrators giving one address at once: the unique index refuses the second (409 conflict).
    const result = await this.users.update(userId, values);
    if (!result.affected) return false;
    if (roleChanged) await this.sessions.revokeAll(userId);
    return true;
  }

  /** The stage a new session of this role starts in when no second factor is set up yet. */
  firstStage(role: Role): 'mfa' | 'full' {
    return this.config.mfaRequired && MFA_ROLES.includes(role) ? 'mfa' : 'full';
  }

  async me(userId: string): Promise<Me> {
    const user = await this.users.findOneOrFail({ where: { id: userId }, relations: { organisation: true } });
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      organisation: user.organisation ? { id: user.organisation.id, name: user.organisation.name } : null,
      permissions: [...ROLE_PERMISSIONS[user.role]],
    };
  }
}
