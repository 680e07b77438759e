import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import {
  INVESTIGATION_ADVICES,
  InvestigationAdvice,
  MEASURE_END_REASONS,
  MEASURE_FOLLOW_UPS,
  MEASURE_TYPES,
  MILESTONE_TYPES,
  MeasureEndReason,
  MeasureFollowUp,
  MeasureType,
  MilestoneType,
  RecordMilestoneRequest,
} from '@tafel/shared/contracts';
import { IsCalendarDate } from '../../common/validation/is-calendar-date';

/** A milestone with its real date; which optional fields a type needs is checked by the service. */
export class RecordMilestoneDto implements RecordMilestoneRequest {
  @ApiProperty({ enum: MILESTONE_TYPES })
  @IsIn(MILESTONE_TYPES)
  type: MilestoneType;

  @ApiProperty({ description: 'yyyy-mm-dd: the real date, not in the future' })
  @IsCalendarDate()
  occurredOn: string;

  @ApiPropertyOptional({ enum: INVESTIGATION_ADVICES })
  @IsOptional()
  @IsIn(INVESTIGATION_ADVICES)
  advice?: InvestigationAdvice;

  @ApiPropertyOptional({ enum: MEASURE_TYPES })
  @IsOptional()
  @IsIn(MEASURE_TYPES)
  measureType?: MeasureType;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 12 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  durationMonths?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  giOrganisationId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  jeugdbeschermerId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  measureId?: string;

  @ApiPropertyOptional({ description: 'yyyy-mm-dd: the new end date of an extended measure' })
  @IsOptional()
  @IsCalendarDate()
  endsOn?: string;

  @ApiPropertyOptional({ enum: MEASURE_END_REASONS })
  @IsOptional()
  @IsIn(MEASURE_END_REASONS)
  reason?: MeasureEndReason;

  @ApiPropertyOptional({ enum: MEASURE_FOLLOW_UPS })
  @IsOptional()
  @IsIn(MEASURE_FOLLOW_UPS)
  followUp?: MeasureFollowUp;
}
