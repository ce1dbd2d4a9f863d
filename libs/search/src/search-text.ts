import { normalizeLabel } from '@gilde/taxonomy';

/** Function words dropped from queries, so "interim in de zorg" asks for "interim zorg". */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'de',
  'het',
  'een',
  'en',
  'in',
  'op',
  'van',
  'voor',
  'met',
  'bij',
  'te',
  'tot',
  'aan',
  'of',
  'om',
  'the',
  'a',
  'an',
  'and',
  'of',
  'for',
  'to',
  'with',
  'at',
  'on',
  'or',
  'by',
]);

/** Words of five letters or more may carry a typo; shorter ones (SAP, HR) must match exactly. */
export const MIN_TYPO_WORD_LENGTH = 5;
export const MAX_QUERY_WORDS = 8;

/** Lower case, accents folded, only letters and digits: the form both index and query use. */
export function words(text: string): string[] {
  return normalizeLabel(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The words of a query that carry meaning, at most MAX_QUERY_WORDS. */
export function queryWords(text: string | undefined): string[] {
  if (!text) return [];
  return [...new Set(words(text.slice(0, 200)).filter((w) => !STOP_WORDS.has(w)))].slice(
    0,
    MAX_QUERY_WORDS,
  );
}

/** Text folded for to_tsvector('simple', ...): same words as queryWords sees. */
export function foldedText(parts: (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => !!p)
    .map((p) => words(p).join(' '))
    .join(' ');
}
