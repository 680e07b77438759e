import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, ValidationOptions, registerDecorator } from 'class-validator';
import {
  BREAKDOWNS,
  Breakdown,
  GEMEENTEN,
  GRANULARITIES,
  Granularity,
  MONITOR_MONTHS,
} from '@tafel/shared/contracts';

/** A month, YYYY-MM: the one pattern of the monitor's queries. */
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A month (YYYY-MM) within `MONITOR_MONTHS`: a year 0 or 9999 is no question to the monitor. */
function IsMonitorMonth(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isMonitorMonth',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `${String(propertyName)} must be a month (YYYY-MM) from ${MONITOR_MONTHS.first} to ${MONITOR_MONTHS.last}`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          MONTH.test(value) &&
          value >= MONITOR_MONTHS.first &&
          value <= MONITOR_MONTHS.last,
      },
    });
}

const monthProperty = {
  pattern: MONTH.source,
  example: '2026-01',
  description: `${MONITOR_MONTHS.first} to ${MONITOR_MONTHS.last}`,
};

export class MetricQueryDto {
  @ApiPropertyOptional({ enum: GRANULARITIES, default: 'month' })
  @IsIn(GRANULARITIES)
  granularity: Granularity = 'month';

  @ApiProperty(monthProperty)
  @IsMonitorMonth()
  from!: string;

  @ApiProperty(monthProperty)
  @IsMonitorMonth()
  to!: string;

  @ApiPropertyOptional({ enum: BREAKDOWNS, default: 'bucket' })
  @IsIn(BREAKDOWNS)
  by: Breakdown = 'bucket';

  @ApiPropertyOptional({ enum: GEMEENTEN })
  @IsOptional()
  @IsIn(GEMEENTEN)
  gemeente?: string;
}

export class DuidingDto {
  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @MaxLength(2000)
  text!: string;
}

export const PERIOD_KEY = /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/;
