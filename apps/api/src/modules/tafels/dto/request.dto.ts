import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import {
  MOMENT_TYPES,
  MomentType,
  NOT_INVITED_REASON_MIN_LENGTH,
  ParticipantInput,
  REASON_MAX_LENGTH,
  REQUEST_REASON_MIN_LENGTH,
  SHORT_TEXT_MAX_LENGTH,
  TAFEL_ROLES,
  TafelRequestInput,
  TafelRole,
  TEXT_MAX_LENGTH,
  TEXT_MIN_LENGTH,
} from '@tafel/shared/contracts';

export class TafelRequestDto implements TafelRequestInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  caseId: string;

  @ApiProperty({ enum: MOMENT_TYPES })
  @IsIn(MOMENT_TYPES)
  momentType: MomentType;

  @ApiProperty()
  @IsString()
  @MinLength(REQUEST_REASON_MIN_LENGTH)
  @MaxLength(TEXT_MAX_LENGTH)
  reason: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(TEXT_MIN_LENGTH)
  @MaxLength(TEXT_MAX_LENGTH)
  voluntaryHelpTried?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  familiegroepsplanOffered?: boolean;

  @ApiPropertyOptional({ description: "The parents' own reaction, in their words" })
  @IsOptional()
  @IsString()
  @MinLength(TEXT_MIN_LENGTH)
  @MaxLength(TEXT_MAX_LENGTH)
  parentsReaction?: string;

  @ApiPropertyOptional({ description: 'Why the parents could not be reached' })
  @IsOptional()
  @IsString()
  @MinLength(TEXT_MIN_LENGTH)
  @MaxLength(SHORT_TEXT_MAX_LENGTH)
  parentsUnreachableReason?: string;

  @ApiProperty()
  @IsBoolean()
  consentToShare: boolean;
}

export class ParticipantDto implements ParticipantInput {
  @ApiProperty({ enum: TAFEL_ROLES })
  @IsIn(TAFEL_ROLES)
  role: TafelRole;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  confidantForMemberId?: string;
}

export class NotInvitedDto {
  @ApiProperty({ description: 'Why this parent is not invited ("ouders aan tafel, tenzij")' })
  @IsString()
  @MinLength(NOT_INVITED_REASON_MIN_LENGTH)
  @MaxLength(REASON_MAX_LENGTH)
  reason: string;
}

export class ListTafelsQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  caseId?: string;
}
