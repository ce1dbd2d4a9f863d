import type { ValidationError } from 'class-validator';
import type { FieldError } from './error-codes';

/**
 * class-validator constraint → the field error code a client switches on. Constraints not
 * listed keep their own name in snake_case (`isPostalCode` → `is_postal_code`).
 */
const CONSTRAINT_CODES: Record<string, string> = {
  whitelistValidation: 'unknown_field',
  unknownValue: 'unknown_field',
  isDefined: 'required',
  isNotEmpty: 'required',
  arrayNotEmpty: 'required',
  isString: 'invalid_type',
  isInt: 'invalid_type',
  isNumber: 'invalid_type',
  isBoolean: 'invalid_type',
  isArray: 'invalid_type',
  isObject: 'invalid_type',
  nestedValidation: 'invalid_type',
  isEnum: 'not_allowed',
  isIn: 'not_allowed',
  maxLength: 'too_long',
  arrayMaxSize: 'too_many',
  max: 'too_large',
  minLength: 'too_short',
  arrayMinSize: 'too_few',
  min: 'too_small',
  isEmail: 'invalid_email',
  isUuid: 'invalid_id',
  isUUID: 'invalid_id',
  isDateString: 'invalid_date',
  isISO8601: 'invalid_date',
  isUrl: 'invalid_url',
  isURL: 'invalid_url',
  matches: 'invalid_format',
};

function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

export function fieldCodeOf(constraint: string): string {
  return CONSTRAINT_CODES[constraint] ?? snakeCase(constraint);
}

/**
 * The validation tree as a flat list, one entry per failed constraint, with the dotted path
 * of the field. Messages read as before: nested ones start with their parent path.
 */
export function validationFields(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      code: fieldCodeOf(constraint),
      message: parent ? `${parent}.${message}` : message,
    }));
    return [...own, ...validationFields(error.children ?? [], field)];
  });
}
