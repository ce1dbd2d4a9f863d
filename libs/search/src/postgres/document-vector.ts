/**
 * The indexed vector of an analysed text, as SQL: the words as written ('simple'), and their
 * Dutch and English snowball stems, so "adviseurs" meets "adviseur" and "managers" "manager".
 * The stems are stripped of positions: they widen what matches but not the ranking, and the
 * vector stays about as small as the words alone (a large vector is read from TOAST per row).
 * The per-document writes and the set-based rebuild both use it, so they index the same lexemes.
 */
export const documentVector = (text: string): string =>
  `(to_tsvector('simple', ${text}) || strip(to_tsvector('dutch', ${text}) || to_tsvector('english', ${text})))`;

/**
 * SQL for TextAnalyzer.analyse over a word-to-parts map given as a jsonb parameter: the folded
 * text, then the parts of each of its words that splits, in order. Texts without such a word
 * (most) skip the lookup after one key test.
 */
export const analysedText = (folded: string, partsParam: string): string =>
  `(${folded} || CASE WHEN ${partsParam} ?| string_to_array(${folded}, ' ') THEN ' ' || (
      SELECT string_agg(${partsParam} ->> w, ' ' ORDER BY i)
        FROM unnest(string_to_array(${folded}, ' ')) WITH ORDINALITY AS u(w, i)) ELSE '' END)`;
