import { stringify } from 'csv-stringify/sync';

/**
 * Characters that make a spreadsheet evaluate a cell: = + - @, tab and carriage return (some
 * spreadsheets strip those before evaluating) and the full-width forms that East Asian input
 * methods produce and some spreadsheets normalise (＝ ＋ － ＠).
 */
const FORMULA_START = '=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20';

/**
 * Where a cell can start in the eyes of some importer: the start of the field, and after any
 * separator one may split on. Excel with Dutch settings splits on `;`, others on `,` or tab,
 * and a naive line reader on a newline. Spaces and a stray `"` before the formula character
 * are skipped, as importers trim or unquote them.
 */
const SEGMENT_FORMULA = new RegExp(`(?<=^|[;,\\t\\n\\r])([\\p{Zs}"]*)(?=[${FORMULA_START}])`, 'gu');

/**
 * Neutralises spreadsheet formula injection: every segment of the text that would start a
 * formula (at the start or after a separator) gets a `'` in front of its formula character, so
 * `Jan;=2+3;` becomes `Jan;'=2+3;`. Numbers are kept as they are (a negative amount is data).
 */
export function csvSafe(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return value.replace(SEGMENT_FORMULA, `$1'`);
}

/**
 * A CSV document of neutralised cells with every field quoted, so that no importer sees a
 * separator inside a cell as the start of a new one.
 */
export function safeCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return stringify([header.map(csvSafe), ...rows.map((row) => row.map(csvSafe))], {
    quoted: true,
    quoted_empty: true,
  });
}
