import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  DECLINE_REASON_MAX_LENGTH,
  LOCATION_MAX_LENGTH,
  LOCATION_MIN_LENGTH,
  REASON_MAX_LENGTH,
  REASON_MIN_LENGTH,
  ReasonInput,
  RsvpInput,
  ScheduleInput,
  SittingInput,
} from '@tafel/shared/contracts';
import { IsZonedDateTime, ZonedDateTimeQuery } from '../../../common/validation/is-zoned-date-time';

/** An unavailability is declared for the foreseeable future, not until the year 9999. */
const UNAVAILABILITY_MAX_YEARS_AHEAD = 2;

export class SittingDto implements SittingInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  chairId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  secretaryId: string;

  @ApiProperty({ format: 'date-time' })
  @IsZonedDateTime()
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  @IsZonedDateTime()
  endsAt: string;

  @ApiProperty({ minimum: 45, maximum: 90 })
  @IsInt()
  @Min(45)
  @Max(90)
  slotMinutes: number;

  @ApiProperty()
  @IsString()
  @MinLength(LOCATION_MIN_LENGTH)
  @MaxLength(LOCATION_MAX_LENGTH)
  location: string;
}

export class PeriodQuery {
  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @ZonedDateTimeQuery()
  from?: Date;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @ZonedDateTimeQuery()
  to?: Date;
}

export class ScheduleDto implements ScheduleInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  sittingId: string;

  @ApiProperty({ format: 'date-time' })
  @IsZonedDateTime()
  startsAt: string;

  @ApiPropertyOptional({ description: 'Required when a scheduled tafel is moved' })
  @IsOptional()
  @IsString()
  @MinLength(REASON_MIN_LENGTH)
  @MaxLength(REASON_MAX_LENGTH)
  reason?: string;
}

export class ReasonDto implements ReasonInput {
  @ApiProperty()
  @IsString()
  @MinLength(REASON_MIN_LENGTH)
  @MaxLength(REASON_MAX_LENGTH)
  reason: string;
}

export class UnavailabilityDto {
  @ApiProperty({ format: 'date-time' })
  @IsZonedDateTime({ maxYearsAhead: UNAVAILABILITY_MAX_YEARS_AHEAD })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  @IsZonedDateTime({ maxYearsAhead: UNAVAILABILITY_MAX_YEARS_AHEAD })
  endsAt: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reason?: string;
}

export class RsvpDto implements RsvpInput {
  @ApiProperty({ enum: ['accepted', 'declined'] })
  @IsIn(['accepted', 'declined'])
  response: 'accepted' | 'declined';

  // `string | null` reaches the document as Object without an explicit type.
  @ApiPropertyOptional({
    type: String,
    maxLength: DECLINE_REASON_MAX_LENGTH,
    nullable: true,
    description: 'With "declined": why, in a few words (plain text); kept only with "declined"',
  })
  @IsOptional()
  @IsString()
  @MaxLength(DECLINE_REASON_MAX_LENGTH)
  declineReason?: string | null;

  @ApiPropertyOptional({ description: 'With "declined": the participant would like another moment' })
  @IsOptional()
  @IsBoolean()
  wantsOtherMoment?: boolean;
}
