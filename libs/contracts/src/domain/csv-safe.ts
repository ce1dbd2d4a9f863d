/**
 * Neutralises spreadsheet formula injection: a cell that starts with = + - @ (or a tab or
 * carriage return, which some spreadsheets strip before evaluating) is prefixed with a quote.
 */
export function csvSafe(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  if (typeof value === 'number') return text;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
