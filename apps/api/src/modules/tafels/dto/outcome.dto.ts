import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  ABSENCE_REASON_MIN_LENGTH,
  AgreementInput,
  Attendance,
  ATTENDANCE,
  AttendanceInput,
  CHILD_HEARD,
  ChildHeard,
  Decision,
  DecisionInput,
  DECISIONS,
  PARENTS_VIEW_MIN_LENGTH,
  PARENTS_VIEWS,
  ParentsView,
  RATIONALE_MIN_LENGTH,
  SHORT_TEXT_MAX_LENGTH,
  TEXT_MAX_LENGTH,
  TEXT_MIN_LENGTH,
} from '@tafel/shared/contracts';
import { IsCalendarDate } from '../../../common/validation/is-calendar-date';

export class AgreementDto implements AgreementInput {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  ownerUserId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  ownerMemberId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  ownerOrganisationId?: string;

  @ApiProperty({ description: 'What, in words a parent understands' })
  @IsString()
  @MinLength(TEXT_MIN_LENGTH)
  @MaxLength(SHORT_TEXT_MAX_LENGTH)
  what: string;

  @ApiProperty({ format: 'date' })
  @IsCalendarDate()
  dueDate: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A goal of the family’s plan it serves' })
  @IsOptional()
  @IsUUID()
  goalId?: string;
}

export class DecisionDto implements DecisionInput {
  @ApiProperty({ enum: DECISIONS })
  @IsIn(DECISIONS)
  decision: Decision;

  @ApiProperty()
  @IsString()
  @MinLength(RATIONALE_MIN_LENGTH)
  @MaxLength(TEXT_MAX_LENGTH)
  rationale: string;

  @ApiProperty({ enum: PARENTS_VIEWS })
  @IsIn(PARENTS_VIEWS)
  parentsView: ParentsView;

  @ApiProperty({ description: "The parents' view in their own words" })
  @IsString()
  @MinLength(PARENTS_VIEW_MIN_LENGTH)
  @MaxLength(TEXT_MAX_LENGTH)
  parentsViewText: string;

  @ApiPropertyOptional({ format: 'date', description: 'Drang: at most 6 months ahead' })
  @IsOptional()
  @IsCalendarDate()
  conditionsDeadline?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  giOrganisationId?: string;

  @ApiProperty({ enum: CHILD_HEARD })
  @IsIn(CHILD_HEARD)
  childHeard: ChildHeard;

  @ApiProperty({ type: [AgreementDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AgreementDto)
  agreements: AgreementDto[];
}

export class AttendanceDto implements AttendanceInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  participantId: string;

  @ApiProperty({ enum: ATTENDANCE })
  @IsIn(ATTENDANCE)
  attendance: Attendance;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(ABSENCE_REASON_MIN_LENGTH)
  @MaxLength(SHORT_TEXT_MAX_LENGTH)
  absenceReason?: string;
}

export class AttendanceListDto {
  @ApiProperty({ type: [AttendanceDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AttendanceDto)
  items: AttendanceDto[];
}

export class AgreementStatusDto {
  @ApiProperty({ enum: ['open', 'done'] })
  @IsIn(['open', 'done'])
  status: 'open' | 'done';
}
