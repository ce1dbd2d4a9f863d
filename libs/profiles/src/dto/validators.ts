import { applyDecorators } from '@nestjs/common';
import {
  IsISO8601,
  Matches,
  ValidationArguments,
  ValidationOptions,
  registerDecorator,
} from 'class-validator';

/** A calendar date written YYYY-MM-DD that exists (no 2025-02-30). */
export const IsIsoDate = (): PropertyDecorator =>
  applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date written YYYY-MM-DD' }),
    IsISO8601(
      { strict: true, strictSeparator: true },
      { message: '$property must be a real date' },
    ),
  );

/** Text with at least one visible character (a headline of spaces is no headline). */
export const IsNotBlank = (): PropertyDecorator =>
  Matches(/\S/, { message: '$property must not be blank' });

/**
 * The value is at least that of a sibling property: numbers compare numerically, ISO dates
 * (same format) as strings. When either side has the wrong type, its own validators report it.
 */
export function NotLessThan(property: string, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'notLessThan',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [property],
      options: {
        message: (args: ValidationArguments) =>
          `${args.property} must not be less than ${String(args.constraints[0])}`,
        ...options,
      },
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          const other = (args.object as Record<string, unknown>)[String(args.constraints[0])];
          if (typeof value === 'number' && typeof other === 'number') return value >= other;
          if (typeof value === 'string' && typeof other === 'string') return value >= other;
          return true;
        },
      },
    });
  };
}
