import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import {
  AcceptInvitationRequest,
  CreateInvitationRequest,
  EMAIL_MAX_LENGTH,
  INVITATION_PASSWORD_MIN_LENGTH,
} from '@tafel/shared/contracts';
import { IsNotWeakPassword } from '../../auth/password-policy';

export class CreateInvitationDto implements CreateInvitationRequest {
  @ApiProperty({ format: 'uuid', description: 'A parent, or a child from the age threshold' })
  @IsUUID()
  memberId: string;

  @ApiProperty({ example: 'ouder@example.nl' })
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;
}

export class AcceptInvitationDto implements AcceptInvitationRequest {
  @ApiProperty({ minLength: INVITATION_PASSWORD_MIN_LENGTH })
  @IsString()
  @MinLength(INVITATION_PASSWORD_MIN_LENGTH)
  @MaxLength(200)
  @IsNotWeakPassword()
  password: string;

  @ApiPropertyOptional({ description: 'Defaults to the name the coordinator recorded' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName?: string;
}
