import { ValidationOptions, registerDecorator } from 'class-validator';
import { dutchDate, isCalendarDate } from '@tafel/shared/util';

/** A real calendar date (yyyy-mm-dd), not after today: 2023-02-30 and tomorrow are refused. */
export function IsPastCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPastCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `${String(propertyName)} must be a real date (yyyy-mm-dd) not in the future`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && isCalendarDate(value) && value <= dutchDate(new Date()),
      },
    });
}

/** A real calendar date (yyyy-mm-dd), past or future. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be a real date (yyyy-mm-dd)`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value) },
    });
}
