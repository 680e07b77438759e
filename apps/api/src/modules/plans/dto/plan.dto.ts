import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  PLAN_ANSWERS,
  PLAN_GOAL_MAX_LENGTH,
  PLAN_GOAL_MIN_LENGTH,
  PLAN_GOALS_MAX,
  PLAN_SECTION_MAX_LENGTH,
  PLAN_SECTIONS,
  PlanAgreementInput,
  PlanAnswerInput,
  PlanAnswerKind,
  PlanDraftInput,
  PlanGoal,
  PlanSection,
  PlanSections,
  SHORT_TEXT_MAX_LENGTH,
  TEXT_MAX_LENGTH,
  TEXT_MIN_LENGTH,
} from '@tafel/shared/contracts';
import { IsCalendarDate } from '../../../common/validation/is-calendar-date';

/** Each section optional; a name that is not a section is refused (400) by the whitelist. */
export class PlanSectionsDto implements Partial<PlanSections> {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(PLAN_SECTION_MAX_LENGTH) worries?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(PLAN_SECTION_MAX_LENGTH) going_well?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(PLAN_SECTION_MAX_LENGTH) safety_goals?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(PLAN_SECTION_MAX_LENGTH) family_view?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(PLAN_SECTION_MAX_LENGTH)
  children_views?: string;
}

export class PlanAgreementDto implements PlanAgreementInput {
  @ApiProperty({ description: 'Who' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  owner: string;

  @ApiProperty({ description: 'What, in words a parent understands' })
  @IsString()
  @MinLength(TEXT_MIN_LENGTH)
  @MaxLength(SHORT_TEXT_MAX_LENGTH)
  what: string;

  @ApiProperty({ format: 'date' })
  @IsCalendarDate()
  dueDate: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The goal of this plan it serves; required to publish a plan that has goals',
  })
  @IsOptional()
  @IsUUID()
  goalId?: string;
}

export class PlanGoalDto implements PlanGoal {
  @ApiProperty({ format: 'uuid', description: 'Stable: made once by the editor, kept across saves' })
  @IsUUID()
  id: string;

  @ApiProperty({ description: 'What the family wants to reach, in words a parent understands' })
  @IsString()
  @MinLength(PLAN_GOAL_MIN_LENGTH)
  @MaxLength(PLAN_GOAL_MAX_LENGTH)
  text: string;
}

export class PlanDraftDto implements PlanDraftInput {
  @ApiProperty({ description: 'The revision this save was based on (optimistic lock)' })
  @IsInt()
  @Min(0)
  baseRevision: number;

  @ApiPropertyOptional({ type: PlanSectionsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PlanSectionsDto)
  sections?: PlanSectionsDto;

  @ApiPropertyOptional({ type: [PlanGoalDto], maxItems: PLAN_GOALS_MAX })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PLAN_GOALS_MAX)
  @ValidateNested({ each: true })
  @Type(() => PlanGoalDto)
  goals?: PlanGoalDto[];

  @ApiPropertyOptional({ type: [PlanAgreementDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PlanAgreementDto)
  agreements?: PlanAgreementDto[];
}

export class PublishPlanDto {
  @ApiProperty({ description: 'The revision of the draft the coordinator publishes' })
  @IsInt()
  @Min(0)
  baseRevision: number;
}

export class PlanAnswerDto implements PlanAnswerInput {
  @ApiProperty({ enum: PLAN_SECTIONS })
  @IsIn(PLAN_SECTIONS)
  section: PlanSection;

  @ApiProperty({ enum: PLAN_ANSWERS })
  @IsIn(PLAN_ANSWERS)
  answer: PlanAnswerKind;

  @ApiPropertyOptional({ description: 'The zienswijze (required when disagreeing) or a child’s view' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX_LENGTH)
  text?: string;
}

/** Two version numbers; checked after the access check (plan-params.ts). */
export class CompareQuery {
  @ApiProperty({ type: Number }) @IsOptional() @IsString() from?: string;
  @ApiProperty({ type: Number }) @IsOptional() @IsString() to?: string;
}

export class AttachmentQuery {
  @ApiPropertyOptional({ description: 'The file name, for the download' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;
}
