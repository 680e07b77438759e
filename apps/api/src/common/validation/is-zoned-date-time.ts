import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsDate, ValidationOptions, registerDecorator } from 'class-validator';
import { isCalendarDate } from '@tafel/shared/util';

const ZONED =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d(\.\d{1,9})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;
const YEAR_MS = 365.25 * 24 * 3_600_000;
/** The years an instant may fall in: wide for any filter, narrow enough that the database takes it (no year 0). */
export const ZONED_YEARS = { first: 1900, last: 2200 } as const;

/** A real instant: ISO 8601 with a time zone (Z or ±hh:mm) on a date that exists, within `ZONED_YEARS`; else null. */
export function parseZonedDateTime(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const match = ZONED.exec(value);
  if (!match || !isCalendarDate(match[1] as string)) return null;
  const year = Number(value.slice(0, 4));
  if (year < ZONED_YEARS.first || year > ZONED_YEARS.last) return null;
  return new Date(value);
}

/**
 * An ISO 8601 date-time with a time zone, on a date that exists (2026-02-30 is refused), and, with
 * `maxYearsAhead`, not further in the future than that (an unavailability until 9999 is no input).
 */
export function IsZonedDateTime(
  options: { maxYearsAhead?: number } = {},
  validation?: ValidationOptions,
): PropertyDecorator {
  const horizon = options.maxYearsAhead ? `, at most ${options.maxYearsAhead} year(s) ahead` : '';
  return (target, propertyName) =>
    registerDecorator({
      name: 'isZonedDateTime',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `${String(propertyName)} must be a date-time with a time zone (e.g. 2026-03-02T09:00:00+01:00) from ${ZONED_YEARS.first} to ${ZONED_YEARS.last}${horizon}`,
        ...validation,
      },
      validator: {
        validate: (value: unknown) => {
          const instant = parseZonedDateTime(value);
          if (!instant) return false;
          return !options.maxYearsAhead || instant.getTime() - Date.now() <= options.maxYearsAhead * YEAR_MS;
        },
      },
    });
}

/** A query parameter turned into a Date only when it is a real zoned date-time (else refused, 400). */
export function ZonedDateTimeQuery(): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => parseZonedDateTime(value) ?? new Date(Number.NaN)),
    IsDate({
      message: ({ property }) =>
        `${property} must be a date-time with a time zone (e.g. 2026-03-02T09:00:00Z) from ${ZONED_YEARS.first} to ${ZONED_YEARS.last}`,
    }),
  );
}
