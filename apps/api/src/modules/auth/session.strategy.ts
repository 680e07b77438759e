import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-custom';
import { AuthUser } from '../../common/auth/auth-user';
import { AuthenticationService } from './authentication.service';

export const SESSION_STRATEGY = 'session';

/** Reads the session cookie and resolves it server-side, so a session can be revoked at once. */
@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, SESSION_STRATEGY) {
  constructor(private readonly authentication: AuthenticationService) {
    super();
  }

  validate(request: Request): Promise<AuthUser | null> {
    return this.authentication.authenticate(request.headers.cookie, request.ip ?? '', {
      userAgent: request.get('user-agent'),
      secure: request.secure,
    });
  }
}
