import createClient from 'openapi-fetch';
import type { components, paths } from './schema';
import { authFetch } from './tokens';

export type Schemas = components['schemas'];

/** The typed API client; paths and bodies come from the generated OpenAPI types. */
export const api = createClient<paths>({ baseUrl: '', fetch: authFetch });

/** Every cause the API names in `code`; the dictionaries hold a text for each (errorCodes). */
export type ErrorCode = Schemas['ErrorBody']['code'];

/** One failed field of a validation error: a dotted path and why (a field code). */
export type FieldProblem = Schemas['FieldError'];

interface ErrorBody {
  statusCode?: number;
  error?: string;
  code?: string;
  message?: string | string[];
  fields?: FieldProblem[];
}

/**
 * An API error: the status, the machine-readable `code` and, for validation errors, the failed
 * `fields`. The UI words it from its own dictionaries by code; `message` is kept for logs and
 * support only, never shown or parsed.
 */
export class ApiError extends Error {
  readonly status: number;
  /** The API's code; `network` when the API could not be reached. */
  readonly code: string;
  readonly fields: FieldProblem[];

  constructor(status: number, body: ErrorBody | undefined) {
    const message = Array.isArray(body?.message) ? body.message.join('; ') : body?.message;
    super(message ?? body?.error ?? `Request failed (${status})`);
    this.status = status;
    this.code = status === 0 ? 'network' : (body?.code ?? 'unknown');
    this.fields = Array.isArray(body?.fields) ? body.fields : [];
  }

  /**
   * The failed fields placed on a form's fields: a problem at `requiredSkills.0.name` belongs to
   * the form's `requiredSkills` (the longest form field that is the path or a prefix of it).
   * The first problem of a field wins; problems of fields the form does not show stay apart.
   */
  placeFields(formFields: readonly string[]): {
    byField: Record<string, FieldProblem>;
    elsewhere: FieldProblem[];
  } {
    const sorted = [...formFields].sort((a, b) => b.length - a.length);
    const byField: Record<string, FieldProblem> = {};
    const elsewhere: FieldProblem[] = [];
    for (const problem of this.fields) {
      const field = sorted.find((f) => problem.field === f || problem.field.startsWith(`${f}.`));
      if (field) byField[field] ??= problem;
      else elsewhere.push(problem);
    }
    return { byField, elsewhere };
  }
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Unwraps an openapi-fetch result, throwing ApiError for any non-2xx answer. */
export async function call<T>(pending: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await pending;
  } catch {
    throw new ApiError(0, undefined);
  }
  if (!result.response.ok) {
    throw new ApiError(result.response.status, result.error as ErrorBody | undefined);
  }
  return result.data as T;
}

/** Downloads a protected file (PDF, CSV) with the session's token and saves it. */
export async function download(url: string, filename: string): Promise<void> {
  const res = await authFetch(new Request(url));
  if (!res.ok) {
    let body: ErrorBody | undefined;
    try {
      body = (await res.json()) as ErrorBody;
    } catch {
      body = undefined;
    }
    throw new ApiError(res.status, body);
  }
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
