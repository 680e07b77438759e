import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiGoneResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { API_ROUTES, InvitationCreated, InvitationInfo, Me } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { Allow, CurrentUser, Public } from '../../common/auth/decorators';
import { sessionMeta, setSessionCookie } from '../auth/session-cookie';
import { uuidPipe } from '../../common/http/uuid.pipe';
import { SessionService } from '../auth/session.service';
import { AcceptInvitationDto, CreateInvitationDto } from './dto/invitation.dto';
import { InvitationAcceptanceService } from './invitation-acceptance.service';
import { InvitationsService } from './invitations.service';

@ApiTags('invitations')
@Controller()
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly acceptance: InvitationAcceptanceService,
    private readonly sessions: SessionService,
  ) {}

  @Allow('invitation:create')
  @ApiNotFoundResponse({ description: 'No such case, or not visible to the caller' })
  @Post(API_ROUTES.caseInvitations)
  create(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) caseId: string,
    @Body() body: CreateInvitationDto,
  ): Promise<InvitationCreated> {
    return this.invitations.create(user, caseId, body);
  }

  @Public()
  @ApiNotFoundResponse({ description: 'Unknown or already used' })
  @ApiGoneResponse({ description: 'Expired, or replaced by a newer invitation' })
  @Get(API_ROUTES.invitation)
  info(@Param('token') token: string): Promise<InvitationInfo> {
    return this.invitations.info(token);
  }

  /** Creates the account with a password, starts a session (cookie as at login) and returns Me. */
  @Public()
  @ApiNotFoundResponse({ description: 'Unknown or already used' })
  @ApiGoneResponse({ description: 'Expired, or replaced by a newer invitation' })
  @Post(API_ROUTES.invitationAccept)
  @HttpCode(200)
  async accept(
    @Param('token') token: string,
    @Body() body: AcceptInvitationDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Me> {
    const session = await this.acceptance.acceptWithPassword(token, body, sessionMeta(req));
    setSessionCookie(req, res, session.token, this.sessions.maxAgeMs);
    return session.me;
  }
}
