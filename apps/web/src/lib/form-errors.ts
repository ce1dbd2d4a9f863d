import { ApiError } from '../api/client';
import type { Dictionary } from '../i18n/en';

/** What a form shows for an error: messages next to their fields, the rest in a banner. */
export interface FormErrorState {
  byField: Record<string, string>;
  general: string[];
}

export const NO_FORM_ERRORS: FormErrorState = { byField: {}, general: [] };

/**
 * Maps any thrown error onto a form with the given field paths: a 400's validation messages
 * go beside their fields, an unreachable API and anything unexpected become one banner line.
 */
export function formErrorState(
  err: unknown,
  fields: readonly string[],
  messages: Pick<Dictionary['errors'], 'network' | 'unexpected'>,
): FormErrorState {
  if (!(err instanceof ApiError)) return { byField: {}, general: [messages.unexpected] };
  const mapped = err.fieldErrors(fields);
  return {
    byField: mapped.byField,
    general: err.status === 0 ? [messages.network] : mapped.general,
  };
}

/** A short message for an error shown outside a form. */
export function errorMessage(err: unknown, t: Pick<Dictionary, 'errors'>): string {
  if (err instanceof ApiError) {
    if (err.status === 0) return t.errors.network;
    if (err.status === 403) return t.errors.forbidden;
    if (err.status === 404) return t.errors.notFound;
    return err.messages.join(' ');
  }
  return t.errors.unexpected;
}
