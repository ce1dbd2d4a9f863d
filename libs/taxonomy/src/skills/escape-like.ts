/** Makes user input literal inside a LIKE pattern (the default escape character is backslash). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/gu, (char) => `\\${char}`);
}
