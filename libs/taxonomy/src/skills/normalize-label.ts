/**
 * The comparison key of a skill label: lower-cased, accents folded (é → e, ë → e),
 * whitespace collapsed and trimmed. The importer stores it in skill_labels.normalized and the
 * resolver applies the same function to what users type, so both sides always agree.
 */
export function normalizeLabel(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** normalizeLabel without spaces and hyphens, so "leiding geven" meets "leidinggeven". */
export function compactLabel(normalized: string): string {
  return normalized.replace(/[\s-]+/gu, '');
}
