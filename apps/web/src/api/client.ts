import createClient from 'openapi-fetch';
import type { components, paths } from './schema';
import { authFetch } from './tokens';

export type Schemas = components['schemas'];

/** The typed API client; paths and bodies come from the generated OpenAPI types. */
export const api = createClient<paths>({ baseUrl: '', fetch: authFetch });

interface ErrorBody {
  statusCode?: number;
  error?: string;
  message?: string | string[];
  code?: string;
}

/**
 * An API error in the shape every route answers: `{ statusCode, error, message }` where a 400's
 * message may be a list of "field must ..." lines.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly messages: string[];
  /** The server's machine-readable cause (`email_not_verified`, `token_expired`, …). */
  readonly code: string | undefined;

  constructor(status: number, body: ErrorBody | undefined) {
    const messages = Array.isArray(body?.message)
      ? body.message
      : body?.message
        ? [body.message]
        : [body?.error ?? `Request failed (${status})`];
    super(messages.join('; '));
    this.status = status;
    this.messages = messages;
    this.code = body?.code;
  }

  /**
   * Validation messages by field path, e.g. `requiredSkills.0.name` or `email`. class-validator
   * messages start with the property path; the rest stay general.
   */
  fieldErrors(fields: readonly string[]): { byField: Record<string, string>; general: string[] } {
    const byField: Record<string, string> = {};
    const general: string[] = [];
    if (this.status !== 400) return { byField, general: this.messages };
    // Longest names first so "dayRate.min" wins over "dayRate".
    const sorted = [...fields].sort((a, b) => b.length - a.length);
    for (const message of this.messages) {
      // "startDate must be ..." or "The assignment is not ready to publish: startDate is required."
      const colon = message.lastIndexOf(': ');
      const candidates = colon >= 0 ? [message, message.slice(colon + 2)] : [message];
      let placed = false;
      for (const candidate of candidates) {
        const path = candidate.split(' ')[0] ?? '';
        const field = sorted.find((f) => path === f || path.startsWith(`${f}.`));
        if (field) {
          byField[field] ??= humanise(candidate, path);
          placed = true;
          break;
        }
      }
      if (!placed) general.push(message);
    }
    return { byField, general };
  }
}

/** "startDate must be a valid ISO 8601 date string" → "Must be a valid ISO 8601 date string". */
function humanise(message: string, path: string): string {
  const rest = message.slice(path.length).trim();
  return rest ? rest.charAt(0).toUpperCase() + rest.slice(1) : message;
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
    throw new ApiError(0, { message: 'network' });
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
