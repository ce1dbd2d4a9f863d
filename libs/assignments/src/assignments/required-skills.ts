import { ResolvedSkill, normalizeLabel } from '@gilde/taxonomy';

export interface RequiredSkill {
  /** The canonical ESCO skill, or null for a skill kept as free text. */
  skillId: string | null;
  name: string;
  weight: number;
  mustHave: boolean;
}

/**
 * Pairs each typed skill with its resolution. Names that resolve to the same skill ("manage
 * projects" and "projectbeheer uitvoeren") become one entry, keeping the higher weight and
 * must-have if either said so; the first mention keeps its place in the order.
 */
export function mergeResolvedSkills(
  inputs: readonly { name: string; weight: number; mustHave: boolean }[],
  resolved: readonly ResolvedSkill[],
): RequiredSkill[] {
  if (inputs.length !== resolved.length) {
    throw new Error('every skill name needs exactly one resolution');
  }
  const merged = new Map<string, RequiredSkill>();
  inputs.forEach((input, i) => {
    const r = resolved[i];
    const name = r.skillId ? r.label : input.name.replace(/\s+/gu, ' ').trim();
    const key = r.skillId ?? `free:${normalizeLabel(name)}`;
    const seen = merged.get(key);
    if (seen) {
      seen.weight = Math.max(seen.weight, input.weight);
      seen.mustHave = seen.mustHave || input.mustHave;
    } else {
      merged.set(key, { skillId: r.skillId, name, weight: input.weight, mustHave: input.mustHave });
    }
  });
  return [...merged.values()];
}
