/** A boolean query over lexemes: a word, or all / any of its members. */
export type QueryNode = string | { all: QueryNode[] } | { any: QueryNode[] };

/** A tsquery lexeme; words are letters and digits only, quoting keeps any of them literal. */
function lexeme(word: string): string {
  return `'${word.replace(/'/gu, "''").replace(/\\/gu, '\\\\')}'`;
}

const membersOf = (node: Exclude<QueryNode, string>): QueryNode[] =>
  'all' in node ? node.all : node.any;

/**
 * The members of a group with nested groups of the same kind lifted into it ("a | (b | c)" is
 * "a | b | c"): a smaller query that matches and ranks the same documents.
 */
function flatMembers(node: Exclude<QueryNode, string>): QueryNode[] {
  const kind = 'all' in node;
  return membersOf(node).flatMap((m) =>
    typeof m !== 'string' && 'all' in m === kind ? flatMembers(m) : [m],
  );
}

/** Renders for to_tsquery('simple', ...), dropping empty groups and repeated alternatives. */
export function renderTsQuery(node: QueryNode): string {
  if (typeof node === 'string') return lexeme(node);
  const unique = [...new Set(flatMembers(node).map(renderTsQuery).filter(Boolean))];
  if (!unique.length) return '';
  if (unique.length === 1) return unique[0];
  return `(${unique.join('all' in node ? ' & ' : ' | ')})`;
}
