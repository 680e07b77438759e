import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import {
  EMERGENCY_REASON_MIN_LENGTH,
  EmergencyAccessRequest,
  EmergencyReviewRequest,
  NOTE_MAX_LENGTH,
  REVIEW_NOTE_MIN_LENGTH,
} from '@tafel/shared/contracts';

export class EmergencyAccessDto implements EmergencyAccessRequest {
  @ApiProperty({
    minLength: EMERGENCY_REASON_MIN_LENGTH,
    description: 'Why access is needed now, without membership',
  })
  @IsString()
  @MinLength(EMERGENCY_REASON_MIN_LENGTH)
  @MaxLength(NOTE_MAX_LENGTH)
  reason: string;
}

export class EmergencyReviewDto implements EmergencyReviewRequest {
  @ApiProperty()
  @IsString()
  @MinLength(REVIEW_NOTE_MIN_LENGTH)
  @MaxLength(NOTE_MAX_LENGTH)
  note: string;
}

export class EmergencyListQuery {
  @ApiPropertyOptional({ enum: ['open', 'all'], default: 'open' })
  @IsOptional()
  @IsIn(['open', 'all'])
  status?: 'open' | 'all';
}
