import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-custom';
import { SESSION_COOKIE } from '@tafel/shared/contracts';
import { SessionService } from '../../modules/auth/session.service';
import { AuthUser } from './auth-user';

export const SESSION_STRATEGY = 'session';

/** Reads the session cookie and resolves it server-side, so a session can be revoked at once. */
@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, SESSION_STRATEGY) {
  constructor(private readonly sessions: SessionService) {
    super();
  }

  async validate(request: Request): Promise<AuthUser | null> {
    const token = (request.cookies as Record<string, string | undefined> | undefined)?.[SESSION_COOKIE];
    const user = token ? await this.sessions.resolve(token) : null;
    if (!user) return null;
    const agent = (request.get('user-agent') ?? '').slice(0, 300);
    return { ...user, accessPoint: `ip=${request.ip ?? ''}; ua=${agent}` };
  }
}
