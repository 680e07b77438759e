import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  CASE_SORT_KEYS,
  CHAIN_PHASES,
  CaseListQuery,
  CaseSortKey,
  SORT_DIRECTIONS,
  SortDirection,
  ChainPhase,
  CreateCaseRequest,
  GEMEENTEN,
  Gemeente,
  UpdateCaseRequest,
} from '@tafel/shared/contracts';

export class ListCasesQuery implements CaseListQuery {
  @ApiPropertyOptional({ enum: GEMEENTEN })
  @IsOptional()
  @IsIn(GEMEENTEN)
  gemeente?: Gemeente;

  @ApiPropertyOptional({ enum: CHAIN_PHASES })
  @IsOptional()
  @IsIn(CHAIN_PHASES)
  phase?: ChainPhase;

  @ApiPropertyOptional({ description: 'Searches family name and case number' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;

  @ApiPropertyOptional({ enum: CASE_SORT_KEYS, description: 'Without it: the last changed family first' })
  @IsOptional()
  @IsIn(CASE_SORT_KEYS)
  sort?: CaseSortKey;

  @ApiPropertyOptional({ enum: SORT_DIRECTIONS, default: 'asc' })
  @IsOptional()
  @IsIn(SORT_DIRECTIONS)
  direction?: SortDirection;

  @ApiPropertyOptional({ type: Boolean, description: "Only the families that need the caller's action now" })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  needsAction?: boolean;
}

export class CreateCaseDto implements CreateCaseRequest {
  @ApiProperty({ example: 'Jansen' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  familyName: string;

  @ApiProperty({ enum: GEMEENTEN })
  @IsIn(GEMEENTEN)
  gemeente: Gemeente;
}

export class UpdateCaseDto implements UpdateCaseRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  familyName?: string;

  @ApiPropertyOptional({ enum: GEMEENTEN })
  @IsOptional()
  @IsIn(GEMEENTEN)
  gemeente?: Gemeente;

  @ApiPropertyOptional({ enum: CHAIN_PHASES })
  @IsOptional()
  @IsIn(CHAIN_PHASES)
  phase?: ChainPhase;
}
