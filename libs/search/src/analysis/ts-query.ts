/** A boolean query over lexemes: a word, or all / any of its members. */
export type QueryNode = string | { all: QueryNode[] } | { any: QueryNode[] };

/** A tsquery lexeme; words are letters and digits only, quoting keeps any of them literal. */
function lexeme(word: string): string {
  return `'${word.replace(/'/gu, "''").replace(/\\/gu, '\\\\')}'`;
}

/**
 * The same query, smaller: a group of one member is that member, and nested groups of the same
 * kind are lifted into their parent ("a | (b | c)" is "a | b | c"), so repeated alternatives
 * can be dropped. It matches and ranks the same documents.
 */
function simplified(node: QueryNode): QueryNode {
  if (typeof node === 'string') return node;
  const all = 'all' in node;
  const members = (all ? node.all : node.any)
    .map(simplified)
    .flatMap((m) =>
      typeof m !== 'string' && 'all' in m === all
        ? all
          ? (m as { all: QueryNode[] }).all
          : (m as { any: QueryNode[] }).any
        : [m],
    );
  if (members.length === 1) return members[0];
  return all ? { all: members } : { any: members };
}

function render(node: QueryNode): string {
  if (typeof node === 'string') return lexeme(node);
  const members = [...new Set(('all' in node ? node.all : node.any).map(render).filter(Boolean))];
  if (!members.length) return '';
  if (members.length === 1) return members[0];
  return `(${members.join('all' in node ? ' & ' : ' | ')})`;
}

/** Renders for to_tsquery('simple', ...), dropping empty groups and repeated alternatives. */
export function renderTsQuery(node: QueryNode): string {
  return render(simplified(node));
}
