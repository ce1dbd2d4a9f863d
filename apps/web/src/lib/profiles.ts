/** Normalised for comparing skill names across languages and casing. */
export function sameSkill(
  a: { name: string; skillId?: string | null },
  b: { name: string; skillId?: string | null },
): boolean {
  if (a.skillId && b.skillId) return a.skillId === b.skillId;
  return a.name.trim().toLowerCase() === b.name.trim().toLowerCase();
}
