import { ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
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
    return super.transform(value, metadata);
  }
}
