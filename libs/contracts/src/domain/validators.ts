import { ValidationOptions, ValidateIf, isISO8601 } from 'class-validator';
import { registerDecorator } from 'class-validator';

/** Optional, but when present it must not be null (for fields that cannot be cleared). */
export const OptionalNotNull = (): PropertyDecorator =>
  ValidateIf((_: object, value: unknown) => value !== undefined);

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol): void => {
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} must be a date written YYYY-MM-DD`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          /^\d{4}-\d{2}-\d{2}$/.test(value) &&
          isISO8601(value, { strict: true }),
      },
    });
  };
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
