import { ValidateIf } from 'class-validator';

/**
 * An optional property that, when present, must be valid: unlike @IsOptional it does not let
 * `null` through, so `{"title": null}` is a 400 rather than a database error.
 */
export const Optional = (): PropertyDecorator =>
  ValidateIf((_object: object, value: unknown) => value !== undefined);
