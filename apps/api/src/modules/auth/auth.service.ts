import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Me, ROLE_PERMISSIONS } from '@tafel/shared/contracts';
import { DomainError } from '../../common/problem/domain-error';
import { UserEntity } from '../users/user.entity';
import { PasswordService } from './password.service';
import { SessionMeta, SessionService } from './session.service';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
  ) {}

  /** One answer for an unknown e-mail, a wrong password and a deactivated account. */
  async login(email: string, password: string, meta: SessionMeta): Promise<{ token: string; me: Me }> {
    const user = await this.users.findOne({ where: { email: email.toLowerCase() } });
    const valid = await this.passwords.verify(user?.passwordHash ?? null, password);
    if (!user || !valid || !user.active) {
      throw new DomainError('invalid_credentials', 'E-mail address or password is incorrect');
    }
    const token = await this.sessions.start(user.id, meta);
    return { token, me: await this.me(user.id) };
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
