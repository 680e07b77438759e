import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { INVITATION_TOKEN_PATTERN } from '../../invitations/invitation-token';

export class OidcStartQuery {
  @ApiPropertyOptional({ description: 'The token of an invitation to accept with this login' })
  @IsOptional()
  @Matches(INVITATION_TOKEN_PATTERN, { message: 'invitation must be an invitation token' })
  invitation?: string;
}
