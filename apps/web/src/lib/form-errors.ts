import { ApiError, type ErrorCode } from '../api/client';
import type { Dictionary } from '../i18n/en';

/** What a form shows for an error: texts next to their fields, the rest in a banner. */
export interface FormErrorState {
  byField: Record<string, string>;
  general: string[];
}

export const NO_FORM_ERRORS: FormErrorState = { byField: {}, general: [] };

type ErrorTexts = Pick<Dictionary, 'errors' | 'errorCodes' | 'fieldCodes' | 'fieldTexts'>;

/**
 * The text for a failed field: one written for this field and code if there is one (the
 * password's length), else the field code's, else a generic one for a code this UI does not know.
 */
export function fieldText(
  field: string,
  code: string,
  t: Pick<Dictionary, 'fieldCodes' | 'fieldTexts'>,
): string {
  return (
    t.fieldTexts[`${field}.${code}`] ??
    (t.fieldCodes as Record<string, string>)[code] ??
    t.fieldCodes.invalid
  );
}

/**
 * Maps any thrown error onto a form with the given field paths: validation problems go beside
 * their fields, worded by field code; the rest, and every other error, become banner lines
 * worded by error code. Nothing the API wrote in `message` is shown.
 */
export function formErrorState(
  err: unknown,
  fields: readonly string[],
  t: ErrorTexts,
): FormErrorState {
  if (!(err instanceof ApiError)) return { byField: {}, general: [t.errors.unexpected] };
  const { byField, elsewhere } = err.placeFields(fields);
  const texts = Object.fromEntries(
    Object.entries(byField).map(([field, problem]) => [field, fieldText(field, problem.code, t)]),
  );
  const general = elsewhere.map((p) => fieldText(p.field, p.code, t));
  if (!Object.keys(texts).length && !general.length) general.push(errorMessage(err, t));
  return { byField: texts, general: [...new Set(general)] };
}

/** A short text for an error shown outside a form, in the user's language, by its code. */
export function errorMessage(err: unknown, t: Pick<Dictionary, 'errors' | 'errorCodes'>): string {
  if (!(err instanceof ApiError)) return t.errors.unexpected;
  if (err.status === 0) return t.errors.network;
  const text = (t.errorCodes as Record<string, string>)[err.code as ErrorCode];
  if (text) return text;
  if (err.status === 403) return t.errors.forbidden;
  if (err.status === 404) return t.errors.notFound;
  return t.errors.unexpected;
}
