import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { invalidField } from '../errors/error-codes';

/**
 * A path id must be a UUID: anything else is a 400 validation_failed naming the parameter,
 * before any query runs.
 */
@Injectable()
export class IdParamPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && isUUID(value)) return value;
    const field = metadata.data ?? 'id';
    throw invalidField(field, 'invalid_id', `${field} must be a UUID`);
  }
}
