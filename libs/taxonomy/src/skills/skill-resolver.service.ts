import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { compactLabel, normalizeLabel } from './normalize-label';
import type { ResolvedSkill, SkillLocale, SkillSuggestion } from './resolved-skill';

/** Inputs shorter than this (normalized) resolve only exactly: "SAP" must never become "SAS". */
export const FUZZY_MIN_LENGTH = 5;
/** Trigram similarity a typo must reach to be taken as the skill without asking. */
export const FUZZY_ACCEPT_SIMILARITY = 0.5;
/** How much closer the best label must be than the best label of any other skill. */
export const FUZZY_MARGIN = 0.05;
/** Similarity (or word similarity) from which a skill is offered as a suggestion. */
export const SUGGEST_MIN_SIMILARITY = 0.3;
export const MAX_SUGGESTIONS = 3;
export const RELATED_SKILLS_CAP = 20;
/** More names than this in one call are refused: callers validate far smaller arrays. */
export const MAX_RESOLVE_BATCH = 500;

interface ExactRow {
  i: string;
  skill_id: string;
  kind: 'preferred' | 'alt';
  lang: SkillLocale;
  literal: boolean;
  label_en: string;
  label_nl: string | null;
}

interface CandidateRow {
  i: string;
  skill_id: string;
  normalized: string;
  kind: 'preferred' | 'alt';
  lang: SkillLocale;
  /** Trigram similarity of the whole name and label. */
  sim: number;
  /** How well the name matches a stretch of the label ("budget" in "manage budgets"). */
  wsim: number;
  label_en: string;
  label_nl: string | null;
}

/**
 * Turns the skill names people type (English or Dutch, preferred label or synonym, any case,
 * with or without accents, with a small typo) into canonical ESCO skills. A batch costs at most
 * two queries whatever its size. Names that match nothing are kept as free text with suggestions.
 */
@Injectable()
export class SkillResolver {
  constructor(private readonly dataSource: DataSource) {}

  async resolve(
    names: string[],
    locale: SkillLocale = 'en',
    manager?: EntityManager,
  ): Promise<ResolvedSkill[]> {
    if (names.length > MAX_RESOLVE_BATCH) {
      throw new RangeError(`resolve accepts at most ${MAX_RESOLVE_BATCH} names`);
    }
    const db = manager ?? this.dataSource.manager;
    const keys = [...new Set(names.map(normalizeLabel).filter((key) => key.length > 0))];
    const results = new Map<string, Omit<ResolvedSkill, 'input'>>();
    if (keys.length === 0) return names.map((input) => freeText(input, []));

    // 1. Exact: the normalized form, or the same without spaces and hyphens.
    const exactRows: ExactRow[] = await db.query(
      `SELECT q.i::text AS i, l.skill_id, l.kind, l.lang, (l.normalized = q.norm) AS literal,
              s.label_en, s.label_nl
         FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS q(norm, compact, i)
         JOIN skill_labels l
           ON l.normalized = q.norm
           OR replace(replace(l.normalized, ' ', ''), '-', '') = q.compact
         JOIN skills s ON s.id = l.skill_id`,
      [keys, keys.map(compactLabel)],
    );
    const exactByKey = groupBy(exactRows, (row) => keys[Number(row.i) - 1]);
    for (const [key, rows] of exactByKey) {
      const best = rows.sort(compareExact(locale))[0];
      results.set(key, {
        skillId: best.skill_id,
        label: labelIn(best, locale),
        matchedBy: best.kind === 'preferred' ? 'exact' : 'synonym',
        suggestions: [],
      });
    }

    // 2. Everything else: trigram candidates for typos and suggestions, prefixes for short names.
    const pending = keys.filter((key) => !results.has(key));
    if (pending.length > 0) {
      const rows: CandidateRow[] = await db.query(
        `SELECT q.i::text AS i, c.skill_id, c.normalized, c.kind, c.lang, c.sim, c.wsim,
                s.label_en, s.label_nl
           FROM unnest($1::text[], $2::text[], $3::bool[]) WITH ORDINALITY AS q(norm, prefix, fuzzy, i)
           CROSS JOIN LATERAL (
             (SELECT l.skill_id, l.normalized, l.kind, l.lang,
                     similarity(l.normalized, q.norm)::float8 AS sim,
                     word_similarity(q.norm, l.normalized)::float8 AS wsim
                FROM skill_labels l
               WHERE q.fuzzy AND (l.normalized % q.norm OR q.norm <% l.normalized)
               ORDER BY greatest(similarity(l.normalized, q.norm), word_similarity(q.norm, l.normalized)) DESC,
                        l.normalized, l.skill_id
               LIMIT 40)
             UNION ALL
             -- short names: suggestions are labels that start with them, never look-alikes
             (SELECT l.skill_id, l.normalized, l.kind, l.lang, 0.5::float8, 0.5::float8
                FROM skill_labels l
               WHERE NOT q.fuzzy AND l.normalized ~>=~ q.norm AND l.normalized ~<~ q.prefix
               ORDER BY length(l.normalized), l.normalized, l.skill_id
               LIMIT 20)
           ) c
           JOIN skills s ON s.id = c.skill_id`,
        [
          pending,
          // upper bound of "starts with": the name followed by the highest code point
          pending.map((key) => `${key}\u{10FFFF}`),
          pending.map((key) => key.length >= FUZZY_MIN_LENGTH),
        ],
      );
      const byKey = groupBy(rows, (row) => pending[Number(row.i) - 1]);
      for (const key of pending) {
        const candidates = (byKey.get(key) ?? []).map((row) => ({
          ...row,
          sim: Number(row.sim),
          wsim: Number(row.wsim),
        }));
        const typo = acceptTypo(key, candidates, locale);
        if (typo) {
          results.set(key, {
            skillId: typo.skill_id,
            label: labelIn(typo, locale),
            matchedBy: 'fuzzy',
            suggestions: [],
          });
        } else {
          results.set(key, {
            skillId: null,
            label: '',
            matchedBy: 'free_text',
            suggestions: suggestionsFrom(candidates, locale),
          });
        }
      }
    }

    return names.map((input) => {
      const found = results.get(normalizeLabel(input));
      if (!found || found.skillId === null) return freeText(input, found?.suggestions ?? []);
      return { input, ...found };
    });
  }

  /**
   * For each skill, the skills that are essential to the same ESCO occupations, most shared
   * occupations first, at most `cap` each (skills without occupations map to an empty list);
   * with the English and Dutch labels (Dutch falls back to English) of the given skills and of
   * their related ones, in the same round trip.
   */
  async relatedSkills(
    skillIds: string[],
    cap: number = RELATED_SKILLS_CAP,
    manager?: EntityManager,
  ): Promise<{ related: Map<string, string[]>; labels: Map<string, { en: string; nl: string }> }> {
    const ids = [...new Set(skillIds)];
    const related = new Map<string, string[]>(ids.map((id) => [id, []]));
    const labels = new Map<string, { en: string; nl: string }>();
    if (ids.length === 0) return { related, labels };
    const db = manager ?? this.dataSource.manager;
    // Relations first (source set, in rank order), then one label row per skill (source null).
    const rows: {
      source: string | null;
      related: string;
      label_en: string | null;
      label_nl: string | null;
    }[] = await db.query(
      `WITH ranked AS (
         SELECT source, related, rank FROM (
           SELECT a.skill_id AS source, b.skill_id AS related,
                  row_number() OVER (PARTITION BY a.skill_id ORDER BY count(*) DESC, b.skill_id) AS rank
             FROM occupation_skills a
             JOIN occupation_skills b
               ON b.occupation_id = a.occupation_id AND b.relation = 'essential' AND b.skill_id <> a.skill_id
            WHERE a.skill_id = ANY($1::uuid[]) AND a.relation = 'essential'
            GROUP BY a.skill_id, b.skill_id
         ) r
         WHERE rank <= $2)
       SELECT source, related, NULL AS label_en, NULL AS label_nl, rank FROM ranked
       UNION ALL
       SELECT NULL, s.id, s.label_en, s.label_nl, 0 FROM skills s
        WHERE s.id = ANY($1::uuid[]) OR s.id IN (SELECT related FROM ranked)
       ORDER BY source NULLS LAST, rank`,
      [ids.filter(isUuid), cap],
    );
    for (const row of rows) {
      if (row.source !== null) related.get(row.source)?.push(row.related);
      else if (row.label_en !== null)
        labels.set(row.related, { en: row.label_en, nl: row.label_nl ?? row.label_en });
    }
    return { related, labels };
  }

  /** The display label of each skill in the locale (Dutch falls back to English). */
  async labelsOf(
    skillIds: string[],
    locale: SkillLocale = 'en',
    manager?: EntityManager,
  ): Promise<Map<string, string>> {
    const ids = [...new Set(skillIds)].filter(isUuid);
    const labels = new Map<string, string>();
    if (ids.length === 0) return labels;
    const db = manager ?? this.dataSource.manager;
    const rows: { id: string; label_en: string; label_nl: string | null }[] = await db.query(
      `SELECT id, label_en, label_nl FROM skills WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    for (const row of rows) labels.set(row.id, labelIn(row, locale));
    return labels;
  }
}

function freeText(input: string, suggestions: SkillSuggestion[]): ResolvedSkill {
  return {
    input,
    skillId: null,
    label: input.replace(/\s+/gu, ' ').trim(),
    matchedBy: 'free_text',
    suggestions,
  };
}

function labelIn(row: { label_en: string; label_nl: string | null }, locale: SkillLocale): string {
  return locale === 'nl' ? (row.label_nl ?? row.label_en) : row.label_en;
}

/** Literal before space-insensitive, preferred before synonym, the caller's language first. */
function compareExact(locale: SkillLocale) {
  return (a: ExactRow, b: ExactRow): number =>
    Number(b.literal) - Number(a.literal) ||
    Number(b.kind === 'preferred') - Number(a.kind === 'preferred') ||
    Number(b.lang === locale) - Number(a.lang === locale) ||
    a.label_en.length - b.label_en.length ||
    a.skill_id.localeCompare(b.skill_id);
}

/**
 * A typo is taken as the skill only when the name is long enough, the closest label is close and
 * no other label is nearly as close: two skills equally near is a question, not an answer. When
 * one label belongs to several skills the exact-match order decides (preferred label first).
 */
function acceptTypo(
  key: string,
  candidates: CandidateRow[],
  locale: SkillLocale,
): CandidateRow | null {
  if (key.length < FUZZY_MIN_LENGTH || candidates.length === 0) return null;
  const ranked = [...candidates].sort(
    (a, b) =>
      b.sim - a.sim ||
      Number(b.kind === 'preferred') - Number(a.kind === 'preferred') ||
      Number(b.lang === locale) - Number(a.lang === locale) ||
      a.skill_id.localeCompare(b.skill_id),
  );
  const top = ranked[0];
  if (top.sim < FUZZY_ACCEPT_SIMILARITY) return null;
  const rival = ranked.find(
    (row) => row.skill_id !== top.skill_id && row.normalized !== top.normalized,
  );
  if (rival && top.sim - rival.sim < FUZZY_MARGIN) return null;
  return top;
}

/** Each skill once, closest first, by whole-name or word similarity. */
function suggestionsFrom(candidates: CandidateRow[], locale: SkillLocale): SkillSuggestion[] {
  const score = (row: CandidateRow): number => Math.max(row.sim, row.wsim * 0.9);
  const seen = new Set<string>();
  return [...candidates]
    .sort(
      (a, b) =>
        score(b) - score(a) ||
        Number(b.kind === 'preferred') - Number(a.kind === 'preferred') ||
        a.normalized.length - b.normalized.length ||
        a.skill_id.localeCompare(b.skill_id),
    )
    .filter((row) => score(row) >= SUGGEST_MIN_SIMILARITY)
    .filter((row) => (seen.has(row.skill_id) ? false : (seen.add(row.skill_id), true)))
    .slice(0, MAX_SUGGESTIONS)
    .map((row) => ({ skillId: row.skill_id, label: labelIn(row, locale) }));
}

function groupBy<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

function isUuid(value: string): boolean {
  return UUID.test(value);
}
