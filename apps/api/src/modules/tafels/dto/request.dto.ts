import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import {
  MOMENT_TYPES,
  MomentType,
  ParticipantInput,
  TAFEL_ROLES,
  TafelRequestInput,
  TafelRole,
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
  @MinLength(10)
  @MaxLength(4000)
  reason: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(5)
  @MaxLength(4000)
  voluntaryHelpTried?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  familiegroepsplanOffered?: boolean;

  @ApiPropertyOptional({ description: "The parents' own reaction, in their words" })
  @IsOptional()
  @IsString()
  @MinLength(5)
  @MaxLength(4000)
  parentsReaction?: string;

  @ApiPropertyOptional({ description: 'Why the parents could not be reached' })
  @IsOptional()
  @IsString()
  @MinLength(5)
  @MaxLength(1000)
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
  @MinLength(10)
  @MaxLength(1000)
  reason: string;
}

export class ListTafelsQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  caseId?: string;
}
