/** Edits of the rows of a form's list (skills, credentials, periods), leaving the input untouched. */

export function updateAt<T>(rows: T[], index: number, patch: Partial<T>): T[] {
  return rows.map((row, i) => (i === index ? { ...row, ...patch } : row));
}

export function removeAt<T>(rows: T[], index: number): T[] {
  return rows.filter((_, i) => i !== index);
}

/** Adds a named row unless one of that name (in any casing) is there already. */
export function addNamed<T extends { name: string }>(rows: T[], row: T): T[] {
  const taken = rows.some((r) => r.name.toLowerCase() === row.name.toLowerCase());
  return taken ? rows : [...rows, row];
}
