import { HttpException } from '@nestjs/common';

/**
 * Machine-readable error codes. Every error body carries one `code` (stable snake_case) so a
 * program, and the web UI's dictionary, can switch on the cause instead of parsing `message`.
 *
 * The kernel owns the generic codes below; each library declares its own in one place with
 * `defineErrorCodes` (its `*.errors.ts`), which also lists them in the OpenAPI document.
 */
export const KERNEL_ERROR_CODES = {
  validation_failed: 'The request is not valid; `fields` says which part and why.',
  bad_request: 'The request cannot be served as sent.',
  invalid_json: 'The request body is not valid JSON.',
  unsupported_media_type: 'The request body is not JSON.',
  payload_too_large: 'The request body is too large.',
  unauthenticated: 'No valid access token (or a token that has expired or been revoked).',
  forbidden: 'Signed in, but not allowed to do this.',
  not_found: 'No such object, or not one the caller may see.',
  route_not_found: 'No such route.',
  state_conflict: 'The object is not in a state that allows this now.',
  conflict: 'The request conflicts with what is already there.',
  gone: 'The link or token has expired.',
  rate_limited: 'Too many requests; retry after the time in the Retry-After header.',
  service_unavailable: 'A service the request needs is down; try again shortly.',
  internal_error: 'Something went wrong on our side.',
} as const satisfies Record<string, string>;

export type KernelErrorCode = keyof typeof KERNEL_ERROR_CODES;

/** Every declared code with its description, by the context that declared it. */
const registry = new Map<string, { context: string; description: string }>();

/**
 * Declares a library's error codes (code → what it means) and returns a map code → code, so
 * throw sites write `AssignmentErrors.budget_locked` and a typo is a compile error.
 * A code may be declared once: two libraries meaning different things by one code would make
 * it useless to a program.
 */
export function defineErrorCodes<const T extends Record<string, string>>(
  context: string,
  codes: T,
): { readonly [K in keyof T]: K } {
  const out = {} as { [K in keyof T]: K };
  for (const [code, description] of Object.entries(codes)) {
    if (!/^[a-z][a-z0-9_]*$/.test(code)) throw new Error(`Error code ${code} is not snake_case`);
    const existing = registry.get(code);
    if (existing && existing.context !== context) {
      throw new Error(`Error code ${code} is declared by ${existing.context} and ${context}`);
    }
    registry.set(code, { context, description });
    (out as Record<string, string>)[code] = code;
  }
  return out;
}

export const KernelErrors = defineErrorCodes('kernel', KERNEL_ERROR_CODES);

/** The declared codes, sorted, for the OpenAPI document. */
export function declaredErrorCodes(): { code: string; context: string; description: string }[] {
  return [...registry.entries()]
    .map(([code, { context, description }]) => ({ code, context, description }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** The code answered for a status when the thrower named none. */
export function defaultCodeFor(status: number): KernelErrorCode {
  switch (status) {
    case 400:
      return 'bad_request';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'state_conflict';
    case 410:
      return 'gone';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 429:
      return 'rate_limited';
    case 503:
      return 'service_unavailable';
    default:
      return status >= 500 ? 'internal_error' : 'bad_request';
  }
}

/** One field's validation failure: `field` is a dotted path (`requiredSkills.0.name`). */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/**
 * An error with a declared code. Nest's built-in exceptions still work (their code follows
 * from the status); this is for causes a client must tell apart.
 */
export class ApiException extends HttpException {
  constructor(
    status: number,
    readonly code: string,
    message: string | string[],
    extra: Record<string, unknown> = {},
  ) {
    super({ ...extra, message, code }, status);
  }
}

/** Shorthand for `new ApiException(status, code, message)`. */
export function apiError(
  status: number,
  code: string,
  message: string,
  extra?: Record<string, unknown>,
): ApiException {
  return new ApiException(status, code, message, extra);
}

/**
 * 400 validation_failed for a rule the DTO cannot express (dates in order, a skill listed twice),
 * in the same shape as the validation pipe's: one entry per field.
 */
export function invalidFields(fields: FieldError[]): ApiException {
  return new ApiException(
    400,
    'validation_failed',
    fields.map((f) => f.message),
    { fields },
  );
}

/** 400 validation_failed for one field. */
export function invalidField(field: string, code: string, message: string): ApiException {
  return invalidFields([{ field, code, message }]);
}
