/** A boolean query over lexemes: a word, or all / any of its members. */
export type QueryNode = string | { all: QueryNode[] } | { any: QueryNode[] };

/** A tsquery lexeme; words are letters and digits only, quoting keeps any of them literal. */
function lexeme(word: string): string {
  return `'${word.replace(/'/gu, "''").replace(/\\/gu, '\\\\')}'`;
}

/** Renders for to_tsquery('simple', ...), dropping empty groups and repeated alternatives. */
export function renderTsQuery(node: QueryNode): string {
  if (typeof node === 'string') return lexeme(node);
  const members = [
    ...new Set((node as { all?: QueryNode[] }).all ?? (node as { any: QueryNode[] }).any),
  ]
    .map(renderTsQuery)
    .filter(Boolean);
  const unique = [...new Set(members)];
  if (!unique.length) return '';
  if (unique.length === 1) return unique[0];
  return `(${unique.join('all' in node ? ' & ' : ' | ')})`;
}
