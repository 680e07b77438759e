import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { BREAKDOWNS, Breakdown, GEMEENTEN, GRANULARITIES, Granularity } from '@tafel/shared/contracts';

export class MetricQueryDto {
  @IsIn(GRANULARITIES)
  granularity: Granularity = 'month';

  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/)
  from!: string;

  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/)
  to!: string;

  @IsIn(BREAKDOWNS)
  by: Breakdown = 'bucket';

  @IsOptional()
  @IsIn(GEMEENTEN)
  gemeente?: string;
}

export class DuidingDto {
  @IsString()
  @MaxLength(2000)
  text!: string;
}

export const PERIOD_KEY = /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/;
