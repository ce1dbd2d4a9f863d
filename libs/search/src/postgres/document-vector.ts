/**
 * The indexed vector of an analysed text, as SQL: the words as written ('simple'), and their
 * Dutch and English snowball stems, so "adviseurs" meets "adviseur" and "managers" "manager".
 * The per-document writes and the set-based rebuild both use it, so they index the same lexemes.
 */
export const documentVector = (text: string): string =>
  `(to_tsvector('simple', ${text}) || to_tsvector('dutch', ${text}) || to_tsvector('english', ${text}))`;

/**
 * SQL for TextAnalyzer.analyse over a word-to-parts map given as a jsonb parameter: the folded
 * text, then the parts of each distinct word that splits, in word order (C collation).
 */
export const analysedText = (folded: string, partsParam: string): string =>
  `(${folded} || coalesce(' ' || (
      SELECT string_agg(m.parts, ' ' ORDER BY m.w COLLATE "C")
        FROM (SELECT DISTINCT w, ${partsParam} ->> w AS parts
                FROM unnest(string_to_array(${folded}, ' ')) AS w) m
       WHERE m.parts IS NOT NULL), ''))`;
