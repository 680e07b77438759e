import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  PARENTS_VIEW_MIN_LENGTH,
  RATIONALE_MIN_LENGTH,
  TEXT_MAX_LENGTH,
  VERSLAG_REPLY_MAX_LENGTH,
  VERSLAG_REPLY_MIN_LENGTH,
  VERSLAG_SECTION_MAX_LENGTH,
  VerslagCorrection,
  VerslagReplyInput,
} from '@tafel/shared/contracts';

export class SectionTextDto {
  @ApiProperty()
  @IsString()
  @MaxLength(40)
  key: string;

  @ApiProperty()
  @IsString()
  @MaxLength(VERSLAG_SECTION_MAX_LENGTH)
  text: string;
}

export class VerslagCorrectionDto implements VerslagCorrection {
  @ApiPropertyOptional({ type: [SectionTextDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SectionTextDto)
  discussion?: SectionTextDto[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(RATIONALE_MIN_LENGTH)
  @MaxLength(TEXT_MAX_LENGTH)
  rationale?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(PARENTS_VIEW_MIN_LENGTH)
  @MaxLength(TEXT_MAX_LENGTH)
  parentsViewText?: string;
}

export class VerslagReplyDto implements VerslagReplyInput {
  @ApiProperty({ minLength: VERSLAG_REPLY_MIN_LENGTH, maxLength: VERSLAG_REPLY_MAX_LENGTH })
  @IsString()
  @MinLength(VERSLAG_REPLY_MIN_LENGTH)
  @MaxLength(VERSLAG_REPLY_MAX_LENGTH)
  text: string;
}
