import { ApiProperty, ApiPropertyOptional, type OpenAPIObject } from '@nestjs/swagger';
import { declaredErrorCodes } from '@gilde/kernel';

/** One field's validation failure (documentation of the kernel's FieldError). */
export class FieldError {
  @ApiProperty({ description: 'Dotted path of the field, e.g. `requiredSkills.0.name`' })
  field!: string;
  @ApiProperty({
    description:
      'Why it failed: `required`, `invalid_type`, `too_long`, `too_large`, `too_small`, ' +
      '`not_allowed`, `unknown_field`, `invalid_date`, …',
  })
  code!: string;
  @ApiProperty()
  message!: string;
}

/** Every error's body (documentation of the kernel's ErrorBody); `code` lists every cause. */
export class ErrorBody {
  @ApiProperty()
  statusCode!: number;
  @ApiProperty({ description: 'The HTTP status text' })
  error!: string;
  @ApiProperty({ description: 'Filled in from the declared codes when the document is built' })
  code!: string;
  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    description: 'For people; programs switch on `code`',
  })
  message!: string | string[];
  @ApiPropertyOptional({ type: [FieldError], description: 'With `validation_failed`' })
  fields?: FieldError[];
  @ApiPropertyOptional({ description: 'With `state_conflict`: the state the object is in' })
  state?: string;
}

export const ERROR_MODELS = [ErrorBody, FieldError];
const ERROR_REF = '#/components/schemas/ErrorBody';

/**
 * Lists every declared error code in the ErrorBody schema and makes it the answer of every
 * operation's 4XX and 5XX responses. Libraries declare their codes at import time
 * (defineErrorCodes), so the list is complete once the app module is loaded.
 */
export function withErrorSchema(document: OpenAPIObject): void {
  const codes = declaredErrorCodes();
  const schema = document.components?.schemas?.ErrorBody as
    { properties: Record<string, Record<string, unknown>> } | undefined;
  if (!schema) throw new Error('ErrorBody is missing from the OpenAPI models');
  schema.properties.code = {
    type: 'string',
    enum: codes.map((c) => c.code),
    description: codes.map((c) => `- \`${c.code}\` (${c.context}): ${c.description}`).join('\n'),
  };
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
      const responses = (operation as { responses: Record<string, unknown> }).responses;
      for (const range of ['4XX', '5XX']) {
        responses[range] ??= {
          description: range === '4XX' ? 'Refused: see `code`' : 'Server error',
          content: { 'application/json': { schema: { $ref: ERROR_REF } } },
        };
      }
    }
  }
}
