import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard as PassportGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { Permission, roleHasPermission } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { PERMISSION_KEY, PUBLIC_KEY, SECOND_FACTOR_KEY } from '../../common/auth/decorators';
import { DomainError } from '../../common/problem/domain-error';
import { SESSION_STRATEGY } from './session.strategy';

/** Global deny-by-default guard: a handler is either @Public() or names its permission with @Allow(). */
@Injectable()
export class AuthGuard extends PassportGuard(SESSION_STRATEGY) {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    if (!permission) throw new DomainError('forbidden', 'This endpoint declares no permission');
    await super.canActivate(context);
    const user = context.switchToHttp().getRequest<Request & { user: AuthUser }>().user;
    if (user.stage !== 'full' && !this.reflector.getAllAndOverride<boolean>(SECOND_FACTOR_KEY, targets)) {
      throw new DomainError('unauthenticated', 'Complete the second factor first');
    }
    if (!roleHasPermission(user.role, permission))
      throw new DomainError('forbidden', `Requires ${permission}`);
    return true;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error || !user) throw new DomainError('unauthenticated', 'Log in to continue');
    return user;
  }
}
