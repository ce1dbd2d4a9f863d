import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { defaultEscoDataDir } from '@gilde/taxonomy';

export interface CatalogueSkill {
  uri: string;
  labelEn: string;
  /** The Dutch preferred label, where ESCO has one. */
  labelNl: string | null;
  /** Alternative English labels: the synonyms people type. */
  altLabels: string[];
}

export interface CatalogueOccupation {
  uri: string;
  iscoGroup: string;
  labelEn: string;
  labelNl: string;
  essential: string[];
  optional: string[];
}

/**
 * ESCO's management subset, read from the CSVs the taxonomy library ships (the same files the
 * taxonomy import loads into the database): the one catalogue the generated interims, the demo
 * seed and the benches draw skills and occupations from.
 */
export interface EscoCatalogue {
  skills: Map<string, CatalogueSkill>;
  occupations: CatalogueOccupation[];
}

interface Row {
  [column: string]: string;
}

function read(dir: string, file: string): Row[] {
  return parse<Row>(readFileSync(join(dir, file), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  });
}

export function loadEscoCatalogue(dataDir: string = defaultEscoDataDir()): EscoCatalogue {
  const skillsNl = new Map(
    read(dataDir, 'skills_nl.csv').map((r) => [r.conceptUri, r.preferredLabel.trim()]),
  );
  const skills = new Map<string, CatalogueSkill>();
  for (const r of read(dataDir, 'skills_en.csv')) {
    skills.set(r.conceptUri, {
      uri: r.conceptUri,
      labelEn: r.preferredLabel,
      labelNl: skillsNl.get(r.conceptUri) || null,
      altLabels: (r.altLabels ?? '')
        .split('|')
        .map((l) => l.trim())
        .filter((l) => l && l !== r.preferredLabel),
    });
  }
  const nl = new Map(
    read(dataDir, 'occupations_nl.csv').map((r) => [r.conceptUri, r.preferredLabel]),
  );
  const relations = new Map<string, { essential: string[]; optional: string[] }>();
  for (const r of read(dataDir, 'occupation_skill_relations.csv')) {
    if (!skills.has(r.skillUri)) continue;
    const entry = relations.get(r.occupationUri) ?? { essential: [], optional: [] };
    (r.relationType === 'essential' ? entry.essential : entry.optional).push(r.skillUri);
    relations.set(r.occupationUri, entry);
  }
  const occupations = read(dataDir, 'occupations_en.csv')
    .map((r) => ({
      uri: r.conceptUri,
      iscoGroup: r.iscoGroup,
      labelEn: r.preferredLabel,
      labelNl: nl.get(r.conceptUri) ?? r.preferredLabel,
      essential: relations.get(r.conceptUri)?.essential ?? [],
      optional: relations.get(r.conceptUri)?.optional ?? [],
    }))
    .filter((o) => o.essential.length >= 4)
    .sort((a, b) => a.uri.localeCompare(b.uri));
  return { skills, occupations };
}

/**
 * Skills related through ESCO occupations: two skills are related when both are essential to one
 * occupation; most shared occupations first (what SkillResolverService.relatedSkills answers from SQL).
 */
export function relatedSkillsOf(
  catalogue: EscoCatalogue,
  skillUris: string[],
  cap = 10,
): Map<string, string[]> {
  const wanted = new Set(skillUris);
  const counts = new Map<string, Map<string, number>>();
  for (const o of catalogue.occupations) {
    for (const s of o.essential) {
      if (!wanted.has(s)) continue;
      const c = counts.get(s) ?? new Map<string, number>();
      for (const t of o.essential) if (t !== s) c.set(t, (c.get(t) ?? 0) + 1);
      counts.set(s, c);
    }
  }
  return new Map(
    skillUris.map((s) => [
      s,
      [...(counts.get(s) ?? new Map<string, number>())]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, cap)
        .map(([t]) => t),
    ]),
  );
}
