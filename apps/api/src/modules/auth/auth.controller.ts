import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  API_ROUTES,
  LoginMethods,
  LoginResult,
  Me,
  SessionInfo,
  TotpConfirmResult,
  TotpEnrolment,
} from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { Allow, CurrentUser, Public, SecondFactorStep } from '../../common/auth/decorators';
import { invalid } from '../../common/problem/domain-error';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AuthService } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { clearSessionCookie, sessionMeta, setSessionCookie } from './session-cookie';
import { TotpConfirmDto, TotpVerifyDto } from './dto/totp.dto';
import { SessionService } from './session.service';
import { TotpService } from './totp.service';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly totp: TotpService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Which ways to log in this installation offers (the login page shows DigiD only when configured). */
  @Public()
  @Get(API_ROUTES.authMethods)
  methods(): LoginMethods {
    return { password: true, oidc: this.config.oidc !== null };
  }

  @Public()
  @Post(API_ROUTES.login)
  @HttpCode(200)
  async login(
    @Body() body: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResult> {
    const { token, result } = await this.auth.login(body.email, body.password, sessionMeta(req));
    this.setCookie(req, res, token);
    return result;
  }

  /** The second factor: a TOTP code or a recovery code turns the partial session into a full one. */
  @Allow('me:read')
  @SecondFactorStep()
  @Post(API_ROUTES.totpVerify)
  @HttpCode(200)
  async verify(
    @CurrentUser() user: AuthUser,
    @Body() body: TotpVerifyDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Me> {
    if ((body.code === undefined) === (body.recoveryCode === undefined)) {
      throw invalid([{ name: 'code', reason: 'give either a code or a recovery code' }]);
    }
    await this.totp.verify(user.id, body.code, body.recoveryCode);
    if (user.stage !== 'full')
      this.setCookie(req, res, await this.sessions.upgrade(user.sessionId, user.id, sessionMeta(req)));
    return this.auth.me(user.id);
  }

  @Allow('me:read')
  @SecondFactorStep()
  @Post(API_ROUTES.totpEnrolment)
  enrol(@CurrentUser() user: AuthUser): Promise<TotpEnrolment> {
    return this.totp.enrol(user.id);
  }

  @Allow('me:read')
  @SecondFactorStep()
  @Post(API_ROUTES.totpEnrolmentConfirm)
  @HttpCode(200)
  async confirm(
    @CurrentUser() user: AuthUser,
    @Body() body: TotpConfirmDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TotpConfirmResult> {
    const recoveryCodes = await this.totp.confirm(user.id, body.code);
    if (user.stage !== 'full')
      this.setCookie(req, res, await this.sessions.upgrade(user.sessionId, user.id, sessionMeta(req)));
    return { recoveryCodes, me: await this.auth.me(user.id) };
  }

  @Allow('me:read')
  @SecondFactorStep()
  @Post(API_ROUTES.logout)
  @HttpCode(204)
  async logout(
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.sessions.revoke(user.sessionId);
    clearSessionCookie(req, res);
  }

  /** When the session ends; asking counts as activity, so this also keeps an idle session alive. */
  @Allow('me:read')
  @Get(API_ROUTES.session)
  session(@CurrentUser() user: AuthUser): Promise<SessionInfo> {
    return this.sessions.info(user.sessionId);
  }

  @Allow('me:read')
  @Get(API_ROUTES.me)
  me(@CurrentUser() user: AuthUser): Promise<Me> {
    return this.auth.me(user.id);
  }

  private setCookie(req: Request, res: Response, token: string): void {
    setSessionCookie(req, res, token, this.sessions.maxAgeMs);
  }
}
