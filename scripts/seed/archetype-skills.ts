import type { EscoCatalogue } from '@gilde/test-data';
import { ARCHETYPES, ArchetypeKey } from './archetypes';

export interface EscoSkillName {
  en: string;
  /** The Dutch preferred label, where ESCO has one. */
  nl: string | null;
}

export interface ArchetypeSkills {
  core: EscoSkillName[];
  /** Essential skills of the archetype's occupations, minus the core and the generic ones. */
  extra: EscoSkillName[];
}

/**
 * Skills that ESCO lists as essential for nearly every management occupation; as a profile's
 * skill they say nothing, so profiles are not filled up with them.
 */
const GENERIC = new Set([
  'follow company standards',
  'liaise with managers',
  'plan health and safety procedures',
  'strive for company growth',
  'corporate social responsibility',
  'company policies',
  'adhere to organisational guidelines',
  'establish daily priorities',
  'supervise daily information operations',
  'ensure equipment availability',
  'ensure equipment maintenance',
  'manage logistics',
  'manage supplies',
  'meet deadlines',
]);

/** Code-point order, so the demo world does not depend on the machine's locale. */
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The skills each archetype draws on, from the ESCO catalogue (the CSVs the taxonomy import
 * loads). Throws naming every core label or occupation that the catalogue lacks.
 */
export function archetypeSkills(catalogue: EscoCatalogue): Map<ArchetypeKey, ArchetypeSkills> {
  const coreLabels = new Set(ARCHETYPES.flatMap((a) => a.core));
  const occupationLabels = new Set(ARCHETYPES.flatMap((a) => a.occupations));
  // Where two skills share an English label, the one with the first URI (as the database reads it).
  const byLabel = new Map<string, string | null>();
  const skills = [...catalogue.skills.values()].sort((a, b) => byCodePoint(a.uri, b.uri));
  for (const s of skills) {
    const label = s.labelEn.trim();
    if (coreLabels.has(label) && !byLabel.has(label)) byLabel.set(label, s.labelNl);
  }
  const relations = catalogue.occupations
    .filter((o) => occupationLabels.has(o.labelEn.trim()))
    .flatMap((o) =>
      o.essential.map((uri) => {
        const skill = catalogue.skills.get(uri);
        return {
          occupation: o.labelEn.trim(),
          en: skill?.labelEn.trim() ?? uri,
          nl: skill?.labelNl ?? null,
        };
      }),
    )
    .sort((a, b) => byCodePoint(a.occupation, b.occupation) || byCodePoint(a.en, b.en));
  const occupationsFound = new Set(relations.map((r) => r.occupation));
  const missing = [
    ...[...coreLabels].filter((l) => !byLabel.has(l)).map((l) => `skill "${l}"`),
    ...[...occupationLabels]
      .filter((l) => !occupationsFound.has(l))
      .map((l) => `occupation "${l}"`),
  ];
  if (missing.length) {
    throw new Error(
      `The ESCO data lacks what the demo profiles are built from: ${missing.join(', ')}.`,
    );
  }
  const out = new Map<ArchetypeKey, ArchetypeSkills>();
  for (const a of ARCHETYPES) {
    const core = a.core.map((en) => ({ en, nl: byLabel.get(en) ?? null }));
    const seen = new Set(a.core);
    const extra: EscoSkillName[] = [];
    for (const r of relations) {
      if (!a.occupations.includes(r.occupation) || seen.has(r.en) || GENERIC.has(r.en)) {
        continue;
      }
      seen.add(r.en);
      extra.push({ en: r.en, nl: r.nl });
    }
    out.set(a.key, { core, extra });
  }
  return out;
}
