import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DataSource, EntityManager } from 'typeorm';
import { normalizeLabel } from '../skills/normalize-label';

/** Serialises concurrent imports (two test workers, two replicas booting); any unique number. */
const IMPORT_LOCK_KEY = 4_207_311_958;

export interface TaxonomyImportResult {
  skills: number;
  labels: number;
  occupations: number;
  relations: number;
  /** Rows inserted, updated or deleted; 0 when the database already held this data. */
  changedRows: number;
  durationMs: number;
}

interface EscoRow {
  conceptUri: string;
  preferredLabel: string;
  altLabels: string;
  description: string;
}
interface EscoSkillRow extends EscoRow {
  skillType: string;
  reuseLevel: string;
}
interface EscoOccupationRow extends EscoRow {
  code: string;
  iscoGroup: string;
}
interface EscoRelationRow {
  occupationUri: string;
  relationType: string;
  skillUri: string;
}

interface LabelRow {
  uri: string;
  lang: 'en' | 'nl';
  kind: 'preferred' | 'alt';
  label: string;
  normalized: string;
}

/** The folder of ESCO CSVs: beside the library sources, or under the working directory. */
export function defaultEscoDataDir(): string {
  const candidates = [
    resolve(__dirname, '../../data/esco'),
    resolve(process.cwd(), 'libs/taxonomy/data/esco'),
  ];
  const found = candidates.find((dir) => existsSync(resolve(dir, 'skills_en.csv')));
  if (!found) throw new Error(`ESCO data not found in ${candidates.join(' or ')}`);
  return found;
}

/**
 * Loads the ESCO management subset in one transaction, upserting by ESCO URI. Rows whose content is
 * unchanged are not touched, so a second run writes nothing. Labels and occupation relations that
 * left the data are deleted; skills and occupations are kept (profiles and assignments refer to them).
 */
export async function importTaxonomy(
  dataSource: DataSource,
  options: { dataDir?: string } = {},
): Promise<TaxonomyImportResult> {
  const started = performance.now();
  const data = readEsco(options.dataDir ?? defaultEscoDataDir());
  const changedRows = await dataSource.transaction(async (manager) => {
    // raw SQL: an advisory lock, a function call with no table behind it
    await manager.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK_KEY]);
    return writeEsco(manager, data);
  });
  return {
    skills: data.skills.length,
    labels: data.labels.length,
    occupations: data.occupations.length,
    relations: data.relations.length,
    changedRows,
    durationMs: Math.round(performance.now() - started),
  };
}

/**
 * Imports only when the skills table is empty (first boot, fresh test database). Safe to call
 * from several processes at once: the import lock is taken before the emptiness is re-checked.
 */
export async function ensureTaxonomyImported(
  dataSource: DataSource,
  options: { dataDir?: string } = {},
): Promise<TaxonomyImportResult | null> {
  const empty = async (db: EntityManager): Promise<boolean> => {
    // raw SQL: the test setup loads this file without the @gilde path aliases, so no sql()
    const rows: { empty: boolean }[] = await db.query(
      'SELECT NOT EXISTS (SELECT 1 FROM skills) AS empty',
    );
    return rows[0].empty;
  };
  if (!(await empty(dataSource.manager))) return null;
  const started = performance.now();
  const data = readEsco(options.dataDir ?? defaultEscoDataDir());
  const changedRows = await dataSource.transaction(async (manager) => {
    // raw SQL: an advisory lock, a function call with no table behind it
    await manager.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK_KEY]);
    if (!(await empty(manager))) return null;
    return writeEsco(manager, data);
  });
  if (changedRows === null) return null;
  return {
    skills: data.skills.length,
    labels: data.labels.length,
    occupations: data.occupations.length,
    relations: data.relations.length,
    changedRows,
    durationMs: Math.round(performance.now() - started),
  };
}

interface EscoData {
  skills: {
    uri: string;
    labelEn: string;
    labelNl: string | null;
    skillType: string;
    reuseLevel: string;
    description: string | null;
  }[];
  labels: LabelRow[];
  occupations: {
    uri: string;
    code: string;
    iscoGroup: string;
    labelEn: string;
    labelNl: string | null;
    altEn: string[];
    altNl: string[];
    description: string | null;
  }[];
  relations: EscoRelationRow[];
}

function readCsv<T>(dir: string, file: string): T[] {
  return parse<T>(readFileSync(resolve(dir, file)), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
  });
}

function splitAlt(altLabels: string): string[] {
  return altLabels
    .split('|')
    .map((label) => label.replace(/\s+/gu, ' ').trim())
    .filter((label) => label.length > 0);
}

function readEsco(dir: string): EscoData {
  const skillsEn = readCsv<EscoSkillRow>(dir, 'skills_en.csv');
  const skillsNl = new Map(
    readCsv<EscoSkillRow>(dir, 'skills_nl.csv').map((row) => [row.conceptUri, row]),
  );
  const occupationsNl = new Map(
    readCsv<EscoOccupationRow>(dir, 'occupations_nl.csv').map((row) => [row.conceptUri, row]),
  );

  // One row per (skill, language, normalized form); a preferred label wins over the same alt label.
  const labels = new Map<string, LabelRow>();
  const addLabel = (uri: string, lang: 'en' | 'nl', kind: 'preferred' | 'alt', raw: string) => {
    const label = raw.replace(/\s+/gu, ' ').trim();
    const normalized = normalizeLabel(label);
    if (!normalized) return;
    const key = `${uri}\u0000${lang}\u0000${normalized}`;
    if (kind === 'alt' && labels.has(key)) return;
    labels.set(key, { uri, lang, kind, label, normalized });
  };

  const skills = skillsEn.map((en) => {
    const nl = skillsNl.get(en.conceptUri);
    addLabel(en.conceptUri, 'en', 'preferred', en.preferredLabel);
    if (nl) addLabel(en.conceptUri, 'nl', 'preferred', nl.preferredLabel);
    for (const alt of splitAlt(en.altLabels)) addLabel(en.conceptUri, 'en', 'alt', alt);
    for (const alt of splitAlt(nl?.altLabels ?? '')) addLabel(en.conceptUri, 'nl', 'alt', alt);
    return {
      uri: en.conceptUri,
      labelEn: en.preferredLabel.trim(),
      labelNl: nl?.preferredLabel.trim() || null,
      skillType: en.skillType,
      reuseLevel: en.reuseLevel,
      description: en.description.trim() || null,
    };
  });

  const occupations = readCsv<EscoOccupationRow>(dir, 'occupations_en.csv').map((en) => {
    const nl = occupationsNl.get(en.conceptUri);
    return {
      uri: en.conceptUri,
      code: en.code,
      iscoGroup: en.iscoGroup,
      labelEn: en.preferredLabel.trim(),
      labelNl: nl?.preferredLabel.trim() || null,
      altEn: [...new Set(splitAlt(en.altLabels))],
      altNl: [...new Set(splitAlt(nl?.altLabels ?? ''))],
      description: en.description.trim() || null,
    };
  });

  return {
    skills,
    labels: [...labels.values()],
    occupations,
    relations: readCsv<EscoRelationRow>(dir, 'occupation_skill_relations.csv'),
  };
}

/**
 * Writes everything with a handful of set-based statements; returns the number of rows changed.
 * Raw SQL throughout: a bulk loader of tens of thousands of rows (unnest of column arrays, staging
 * temp tables, IS DISTINCT FROM on row values, ANALYZE), which a builder would only obscure.
 */
async function writeEsco(manager: EntityManager, data: EscoData): Promise<number> {
  const count = async (sql: string, params: unknown[]): Promise<number> => {
    // raw SQL: the bulk loader's statements (see above), counted
    const rows: { n: number }[] = await manager.query(
      `WITH changed AS (${sql}) SELECT count(*)::int AS n FROM changed`,
      params,
    );
    return rows[0].n;
  };
  let changed = 0;

  changed += await count(
    `INSERT INTO skills (esco_uri, label_en, label_nl, skill_type, reuse_level, description)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
     ON CONFLICT (esco_uri) DO UPDATE SET
       label_en = excluded.label_en, label_nl = excluded.label_nl, skill_type = excluded.skill_type,
       reuse_level = excluded.reuse_level, description = excluded.description
     WHERE (skills.label_en, skills.label_nl, skills.skill_type, skills.reuse_level, skills.description)
       IS DISTINCT FROM (excluded.label_en, excluded.label_nl, excluded.skill_type, excluded.reuse_level, excluded.description)
     RETURNING 1`,
    [
      data.skills.map((s) => s.uri),
      data.skills.map((s) => s.labelEn),
      data.skills.map((s) => s.labelNl),
      data.skills.map((s) => s.skillType),
      data.skills.map((s) => s.reuseLevel),
      data.skills.map((s) => s.description),
    ],
  );

  changed += await count(
    `INSERT INTO occupations (esco_uri, code, isco_group, label_en, label_nl, alt_labels_en, alt_labels_nl, description)
     SELECT u.uri, u.code, u.isco, u.label_en, u.label_nl,
            ARRAY(SELECT jsonb_array_elements_text(u.alt_en)), ARRAY(SELECT jsonb_array_elements_text(u.alt_nl)),
            u.description
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::jsonb[], $8::text[])
            AS u(uri, code, isco, label_en, label_nl, alt_en, alt_nl, description)
     ON CONFLICT (esco_uri) DO UPDATE SET
       code = excluded.code, isco_group = excluded.isco_group, label_en = excluded.label_en,
       label_nl = excluded.label_nl, alt_labels_en = excluded.alt_labels_en,
       alt_labels_nl = excluded.alt_labels_nl, description = excluded.description
     WHERE (occupations.code, occupations.isco_group, occupations.label_en, occupations.label_nl,
            occupations.alt_labels_en, occupations.alt_labels_nl, occupations.description)
       IS DISTINCT FROM (excluded.code, excluded.isco_group, excluded.label_en, excluded.label_nl,
            excluded.alt_labels_en, excluded.alt_labels_nl, excluded.description)
     RETURNING 1`,
    [
      data.occupations.map((o) => o.uri),
      data.occupations.map((o) => o.code),
      data.occupations.map((o) => o.iscoGroup),
      data.occupations.map((o) => o.labelEn),
      data.occupations.map((o) => o.labelNl),
      // text[][] must be rectangular in PostgreSQL; ragged lists travel as JSON arrays.
      data.occupations.map((o) => JSON.stringify(o.altEn)),
      data.occupations.map((o) => JSON.stringify(o.altNl)),
      data.occupations.map((o) => o.description),
    ],
  );

  // Labels and relations are staged once, then merged and pruned against the stage.
  // raw SQL: a staging temp table for the bulk load
  await manager.query(
    `CREATE TEMP TABLE esco_labels_stage ON COMMIT DROP AS
     SELECT s.id AS skill_id, u.lang, u.kind, u.label, u.normalized
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(uri, lang, kind, label, normalized)
       JOIN skills s ON s.esco_uri = u.uri`,
    [
      data.labels.map((l) => l.uri),
      data.labels.map((l) => l.lang),
      data.labels.map((l) => l.kind),
      data.labels.map((l) => l.label),
      data.labels.map((l) => l.normalized),
    ],
  );
  changed += await count(
    `INSERT INTO skill_labels (skill_id, lang, normalized, label, kind)
     SELECT skill_id, lang, normalized, label, kind FROM esco_labels_stage
     ON CONFLICT (skill_id, lang, normalized) DO UPDATE SET label = excluded.label, kind = excluded.kind
     WHERE (skill_labels.label, skill_labels.kind) IS DISTINCT FROM (excluded.label, excluded.kind)
     RETURNING 1`,
    [],
  );
  changed += await count(
    `DELETE FROM skill_labels l
      WHERE NOT EXISTS (SELECT 1 FROM esco_labels_stage s
                         WHERE s.skill_id = l.skill_id AND s.lang = l.lang AND s.normalized = l.normalized)
     RETURNING 1`,
    [],
  );

  // raw SQL: a staging temp table for the bulk load
  await manager.query(
    `CREATE TEMP TABLE esco_relations_stage ON COMMIT DROP AS
     SELECT o.id AS occupation_id, s.id AS skill_id, u.relation
       FROM unnest($1::text[], $2::text[], $3::text[]) AS u(occupation_uri, skill_uri, relation)
       JOIN occupations o ON o.esco_uri = u.occupation_uri
       JOIN skills s ON s.esco_uri = u.skill_uri`,
    [
      data.relations.map((r) => r.occupationUri),
      data.relations.map((r) => r.skillUri),
      data.relations.map((r) => r.relationType),
    ],
  );
  changed += await count(
    `INSERT INTO occupation_skills (occupation_id, skill_id, relation)
     SELECT occupation_id, skill_id, relation FROM esco_relations_stage
     ON CONFLICT (occupation_id, skill_id) DO UPDATE SET relation = excluded.relation
     WHERE occupation_skills.relation IS DISTINCT FROM excluded.relation
     RETURNING 1`,
    [],
  );
  changed += await count(
    `DELETE FROM occupation_skills r
      WHERE NOT EXISTS (SELECT 1 FROM esco_relations_stage s
                         WHERE s.occupation_id = r.occupation_id AND s.skill_id = r.skill_id)
     RETURNING 1`,
    [],
  );
  // The autocomplete vocabulary, derived from the labels just written.
  // raw SQL: a staging temp table for the bulk load
  await manager.query(
    `CREATE TEMP TABLE esco_words_stage ON COMMIT DROP AS
     SELECT w.word, count(DISTINCT l.normalized)::int AS frequency
       FROM skill_labels l, regexp_split_to_table(l.normalized, '[^[:alnum:]]+') AS w(word)
      WHERE w.word <> ''
      GROUP BY w.word`,
  );
  changed += await count(
    `INSERT INTO skill_words (word, frequency)
     SELECT word, frequency FROM esco_words_stage
     ON CONFLICT (word) DO UPDATE SET frequency = excluded.frequency
     WHERE skill_words.frequency IS DISTINCT FROM excluded.frequency
     RETURNING 1`,
    [],
  );
  changed += await count(
    `DELETE FROM skill_words w
      WHERE NOT EXISTS (SELECT 1 FROM esco_words_stage s WHERE s.word = w.word)
     RETURNING 1`,
    [],
  );

  if (changed > 0) {
    // Bulk inserts park GIN entries in a pending list that every trigram search must scan and that
    // steers the planner to sequential scans; merge it now rather than at the next autovacuum.
    // raw SQL: index maintenance functions
    await manager.query(`SELECT gin_clean_pending_list('skill_labels_normalized_trgm'::regclass)`);
    // raw SQL: index maintenance functions
    await manager.query(`SELECT gin_clean_pending_list('skill_words_word_trgm'::regclass)`);
    // raw SQL: ANALYZE is no query the builder has
    await manager.query(
      'ANALYZE skills, skill_labels, skill_words, occupations, occupation_skills',
    );
  }
  return changed;
}
