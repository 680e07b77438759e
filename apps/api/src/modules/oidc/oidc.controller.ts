import { Controller, Get, Query, Redirect, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { API_ROUTES } from '@tafel/shared/contracts';
import { Public } from '../../common/auth/decorators';
import { sessionMeta, setSessionCookie } from '../auth/session-cookie';
import { SessionService } from '../auth/session.service';
import { OidcStartQuery } from './dto/oidc-start.dto';
import { OidcClientService } from './oidc-client.service';
import { OIDC_FLOW_COOKIE, OIDC_FLOW_TTL_MS, flowCookieOptions } from './oidc-flow';
import { OidcLoginService } from './oidc-login.service';

interface RedirectTo {
  url: string;
  statusCode: 302;
}

@ApiTags('auth')
@Controller()
export class OidcController {
  constructor(
    private readonly login: OidcLoginService,
    private readonly oidc: OidcClientService,
    private readonly sessions: SessionService,
  ) {}

  @Public()
  @Get(API_ROUTES.oidcStart)
  @Redirect()
  @ApiFoundResponse({ description: "To the broker's authorization endpoint" })
  async start(
    @Query() query: OidcStartQuery,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RedirectTo> {
    const { url, sealedFlow } = await this.login.start(query.invitation);
    const options = flowCookieOptions(req, this.oidc.settings.redirectUri);
    res.cookie(OIDC_FLOW_COOKIE, sealedFlow, { ...options, maxAge: OIDC_FLOW_TTL_MS });
    return { url, statusCode: 302 };
  }

  /** The broker sends the browser here; the flow cookie is single use, whatever the outcome. */
  @Public()
  @Get(API_ROUTES.oidcCallback)
  @Redirect()
  @ApiFoundResponse({ description: 'Logged in: to the start page, with the session cookie' })
  async callback(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<RedirectTo> {
    const sealedFlow = (req.cookies as Record<string, string | undefined>)[OIDC_FLOW_COOKIE];
    res.clearCookie(OIDC_FLOW_COOKIE, flowCookieOptions(req, this.oidc.settings.redirectUri));
    const query = new URL(req.originalUrl, 'http://callback.invalid').searchParams;
    const token = await this.login.complete(sealedFlow, query, sessionMeta(req));
    setSessionCookie(req, res, token, this.sessions.maxAgeMs);
    return { url: '/', statusCode: 302 };
  }
}
