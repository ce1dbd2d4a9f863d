/**
 * Meilisearch filter expressions built only from allow-listed attributes and quoted, escaped values.
 * A user string can never close its quotes, add an OR, or open a parenthesis (docs/reliability.md#g3).
 */

/** Every attribute a filter may name; anything else does not type-check. */
export type FilterAttribute =
  | 'skillIds'
  | 'sectors'
  | 'assignmentKinds'
  | 'languages'
  | 'visibility'
  | 'rateBand'
  | 'availableFromDay'
  | 'availableUntilDay'
  | 'credentials'
  | 'remotePreference'
  | 'sector'
  | 'assignmentKind'
  | 'remoteShare'
  | 'startDay'
  | 'maxDayRate'
  | 'organisationId';

/** Longest value accepted into a filter; ids and codes are far shorter. */
const MAX_VALUE_LENGTH = 200;

/** A double-quoted filter string: backslash and double quote escaped, control characters dropped. */
export function quoteFilterValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\u0000-\u001f\u007f]/gu, '').slice(0, MAX_VALUE_LENGTH);
  return `"${cleaned.replace(/\\/gu, '\\\\').replace(/"/gu, '\\"')}"`;
}

function numberValue(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError('filter numbers must be finite');
  return String(value);
}

export function eq(attribute: FilterAttribute, value: string): string {
  return `${attribute} = ${quoteFilterValue(value)}`;
}

/** Any of the values. */
export function anyOf(attribute: FilterAttribute, values: string[]): string {
  if (values.length === 0) throw new RangeError('anyOf needs at least one value');
  return `${attribute} IN [${values.map(quoteFilterValue).join(', ')}]`;
}

/** All of the values (for array attributes: the document holds each one). */
export function allOf(attribute: FilterAttribute, values: string[]): string {
  if (values.length === 0) throw new RangeError('allOf needs at least one value');
  return and(...values.map((v) => eq(attribute, v)));
}

export function gte(attribute: FilterAttribute, value: number): string {
  return `${attribute} >= ${numberValue(value)}`;
}

export function lte(attribute: FilterAttribute, value: number): string {
  return `${attribute} <= ${numberValue(value)}`;
}

export function isNullOr(attribute: FilterAttribute, expression: string): string {
  return `(${attribute} IS NULL OR ${expression})`;
}

export function and(...parts: (string | undefined)[]): string {
  const present = parts.filter((p): p is string => !!p);
  return present.length <= 1 ? (present[0] ?? '') : present.map((p) => `(${p})`).join(' AND ');
}

/** Days since 1970-01-01: dates become numbers Meilisearch can compare. */
export function epochDay(date: string): number {
  const ms = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new RangeError(`not a date: ${date}`);
  return Math.floor(ms / 86_400_000);
}
