import type { DataSource } from 'typeorm';
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

/**
 * Reads, from the imported ESCO taxonomy, the skills each archetype draws on. Throws naming every
 * core label or occupation that the taxonomy lacks.
 */
export async function loadArchetypeSkills(
  dataSource: DataSource,
): Promise<Map<ArchetypeKey, ArchetypeSkills>> {
  const coreLabels = [...new Set(ARCHETYPES.flatMap((a) => a.core))];
  const occupationLabels = [...new Set(ARCHETYPES.flatMap((a) => a.occupations))];
  const skills: { label_en: string; label_nl: string | null }[] = await dataSource.query(
    `SELECT DISTINCT ON (label_en) label_en, label_nl FROM skills
      WHERE label_en = ANY($1::text[]) ORDER BY label_en, esco_uri`,
    [coreLabels],
  );
  const relations: { occupation: string; label_en: string; label_nl: string | null }[] =
    await dataSource.query(
      `SELECT o.label_en AS occupation, s.label_en, s.label_nl
         FROM occupations o
         JOIN occupation_skills os ON os.occupation_id = o.id AND os.relation = 'essential'
         JOIN skills s ON s.id = os.skill_id
        WHERE o.label_en = ANY($1::text[])
        ORDER BY o.label_en, s.label_en`,
      [occupationLabels],
    );
  const byLabel = new Map(skills.map((s) => [s.label_en, s.label_nl]));
  const occupationsFound = new Set(relations.map((r) => r.occupation));
  const missing = [
    ...coreLabels.filter((l) => !byLabel.has(l)).map((l) => `skill "${l}"`),
    ...occupationLabels.filter((l) => !occupationsFound.has(l)).map((l) => `occupation "${l}"`),
  ];
  if (missing.length) {
    throw new Error(
      `The ESCO taxonomy lacks what the demo profiles are built from: ${missing.join(', ')}. ` +
        'Run the taxonomy import first (npm run taxonomy:import).',
    );
  }
  const out = new Map<ArchetypeKey, ArchetypeSkills>();
  for (const a of ARCHETYPES) {
    const core = a.core.map((en) => ({ en, nl: byLabel.get(en) ?? null }));
    const seen = new Set(a.core);
    const extra: EscoSkillName[] = [];
    for (const r of relations) {
      if (
        !a.occupations.includes(r.occupation) ||
        seen.has(r.label_en) ||
        GENERIC.has(r.label_en)
      ) {
        continue;
      }
      seen.add(r.label_en);
      extra.push({ en: r.label_en, nl: r.label_nl });
    }
    out.set(a.key, { core, extra });
  }
  return out;
}
