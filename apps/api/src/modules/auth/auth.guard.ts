import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard as PassportGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { isUUID } from 'class-validator';
import { Permission, roleHasPermission } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { PERMISSION_KEY, PUBLIC_KEY, SECOND_FACTOR_KEY } from '../../common/auth/decorators';
import { DomainError } from '../../common/problem/domain-error';
import { AccessAction } from '../audit/access-log.entity';
import { AccessLogService } from '../audit/access-log.service';
import { SESSION_STRATEGY } from './session.strategy';

const ACTION_OF_METHOD: Record<string, AccessAction> = { POST: 'C', PUT: 'U', PATCH: 'U', DELETE: 'D' };

/** Global deny-by-default guard: a handler is either @Public() or names its permission with @Allow(). */
@Injectable()
export class AuthGuard extends PassportGuard(SESSION_STRATEGY) {
  constructor(
    private readonly reflector: Reflector,
    private readonly accessLog: AccessLogService,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    if (!permission) throw new DomainError('forbidden', 'This endpoint declares no permission');
    await super.canActivate(context);
    const request = context.switchToHttp().getRequest<Request & { user: AuthUser }>();
    const { user } = request;
    if (user.stage !== 'full' && !this.reflector.getAllAndOverride<boolean>(SECOND_FACTOR_KEY, targets)) {
      throw new DomainError('unauthenticated', 'Complete the second factor first');
    }
    if (!roleHasPermission(user.role, permission)) {
      await this.logRefusal(user, permission, request);
      throw new DomainError('forbidden', `Requires ${permission}`);
    }
    return true;
  }

  /** NEN 7513: a refusal at the permission check is an access attempt too, logged like the others. */
  private async logRefusal(user: AuthUser, permission: Permission, request: Request): Promise<void> {
    const routePath = (request.route as { path?: string } | undefined)?.path ?? '';
    const id = request.params['id'];
    const caseId = /\/cases\/:id(\/|$)/.test(routePath) && typeof id === 'string' && isUUID(id) ? id : null;
    await this.accessLog.record(user, [
      {
        event: permission,
        action: ACTION_OF_METHOD[request.method] ?? 'R',
        caseId,
        authorised: false,
        relationship: 'no_permission',
      },
    ]);
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error || !user) throw new DomainError('unauthenticated', 'Log in to continue');
    return user;
  }
}
