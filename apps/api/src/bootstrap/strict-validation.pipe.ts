import { ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import {
  ValidationError,
  ValidationTypes,
  ValidatorOptions,
  getMetadataStorage,
} from 'class-validator';
import { ApiException, validationFields } from '@gilde/kernel';

const PRIMITIVES: unknown[] = [String, Number, Boolean, Array, Object];

/**
 * The global validation: unknown fields are refused, nested objects are validated,
 * and a body that is not a JSON object (an array, a string, null) never reaches a DTO.
 */
@Injectable()
export class StrictValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      validationError: { target: false, value: false },
      stopAtFirstError: false,
      // 400 validation_failed with `fields` ({field, code, message}) for programs and forms;
      // `message` keeps the readable list.
      exceptionFactory: (errors) => {
        const fields = validationFields(errors);
        return new ApiException(
          400,
          'validation_failed',
          fields.map((f) => f.message),
          { fields },
        );
      },
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const isDto =
      typeof metadata.metatype === 'function' && !PRIMITIVES.includes(metadata.metatype);
    if (isDto && (metadata.type === 'body' || metadata.type === 'query')) {
      if (
        value === null ||
        value === undefined ||
        typeof value !== 'object' ||
        Array.isArray(value)
      ) {
        throw new ApiException(
          400,
          'validation_failed',
          metadata.type === 'body'
            ? 'The request body must be a JSON object.'
            : 'Invalid query string.',
          { fields: [] },
        );
      }
    }
    // PostgreSQL cannot store a NUL character in text: refused here, it would be a 500 there.
    if (metadata.type !== 'custom' && containsNul(value)) {
      throw new ApiException(
        400,
        'validation_failed',
        `The ${metadata.type} must not contain NUL characters.`,
        { fields: [] },
      );
    }
    return super.transform(value, metadata);
  }

  /**
   * class-validator's @ValidateNested() also accepts an array of such objects where one object
   * belongs, and the handler then gets an array; without `each` an array is refused here, so a
   * DTO that forgets @IsObject() still cannot let one through.
   */
  protected override async validate(
    object: object,
    validatorOptions?: ValidatorOptions,
  ): Promise<ValidationError[]> {
    const errors = await super.validate(object, validatorOptions);
    const misplaced = arraysForObjects(object, '', 0).map((path) =>
      Object.assign(new ValidationError(), {
        property: path,
        children: [],
        constraints: { isObject: `${path} must be an object, not an array` },
      }),
    );
    return [...errors, ...misplaced];
  }
}

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (value === null || typeof value !== 'object' || depth > 32) return false;
  return Object.entries(value).some(
    ([key, item]) => key.includes('\u0000') || containsNul(item, depth + 1),
  );
}

/** Paths of single nested objects given as arrays, and of array elements that are arrays. */
function arraysForObjects(object: object, prefix: string, depth: number): string[] {
  if (depth > 16) return [];
  const nested = getMetadataStorage()
    .getTargetValidationMetadatas(object.constructor, '', true, false)
    .filter((m) => m.type === ValidationTypes.NESTED_VALIDATION);
  const out: string[] = [];
  for (const { propertyName, each } of nested) {
    const value: unknown = (object as Record<string, unknown>)[propertyName];
    const at = prefix + propertyName;
    const items: [unknown, string][] =
      each && Array.isArray(value)
        ? value.map((v: unknown, i): [unknown, string] => [v, `${at}.${i}`])
        : [[value, at]];
    for (const [item, path] of items) {
      if (Array.isArray(item)) out.push(path);
      else if (item !== null && typeof item === 'object')
        out.push(...arraysForObjects(item, `${path}.`, depth + 1));
    }
  }
  return out;
}
