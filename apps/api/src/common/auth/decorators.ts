import { ExecutionContext, SetMetadata, applyDecorators, createParamDecorator } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { Permission } from '@tafel/shared/contracts';
import { AuthUser } from './auth-user';

export const PUBLIC_KEY = 'tafel:public';
export const PERMISSION_KEY = 'tafel:permission';
export const SECOND_FACTOR_KEY = 'tafel:second-factor-step';

/** The explicit exception to deny-by-default: no session needed. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Names the permission a handler needs; the service then checks which rows. */
export const Allow = (permission: Permission) =>
  applyDecorators(
    SetMetadata(PERMISSION_KEY, permission),
    ApiCookieAuth(),
    ApiUnauthorizedResponse({ description: 'Not logged in' }),
    ApiForbiddenResponse({ description: `Requires ${permission}` }),
  );

/** Open to a session that has passed the password but not yet the second factor. */
export const SecondFactorStep = () => SetMetadata(SECOND_FACTOR_KEY, true);

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const request = ctx.switchToHttp().getRequest<Request & { user: AuthUser }>();
  return request.user;
});
