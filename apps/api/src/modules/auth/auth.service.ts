import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { LoginResult, MFA_ROLES, Me, ROLE_PERMISSIONS, Role } from '@tafel/shared/contracts';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { DomainError } from '../../common/problem/domain-error';
import { UserEntity } from '../users/user.entity';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { SessionMeta, SessionService } from './session.service';

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
