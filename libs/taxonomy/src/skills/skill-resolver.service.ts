import { Injectable } from '@nestjs/common';
import { SqlBool, sql as fragment } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import { sql } from '@gilde/kernel';
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
  norm: string;
  skillId: string;
  kind: string;
  lang: string;
  literal: SqlBool;
  labelEn: string;
  labelNl: string | null;
}

interface CandidateRow {
  norm: string;
  skillId: string;
  normalized: string;
  kind: string;
  lang: string;
  /** Trigram similarity of the whole name and label. */
  sim: number;
  /** How well the name matches a stretch of the label ("budget" in "manage budgets"). */
  wsim: number;
  labelEn: string;
  labelNl: string | null;
}

/**
 * Turns the skill names people type (English or Dutch, preferred label or synonym, any case,
 * with or without accents, with a small typo) into canonical ESCO skills. A batch costs at most
 * two queries whatever its size. Names that match nothing are kept as free text with suggestions.
 */
@Injectable()
export class SkillResolverService {
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
    const asked = fragment<{ norm: string; compact: string }>`unnest(${keys}::text[], ${keys.map(
      compactLabel,
    )}::text[])`.as<'q'>(fragment`q(norm, compact)`);
    const exactRows: ExactRow[] = await sql(db)
      .selectFrom(asked)
      .innerJoin('skillLabels as l', (join) =>
        join.on((eb) =>
          eb.or([
            eb('l.normalized', '=', eb.ref('q.norm')),
            eb(
              fragment<string>`replace(replace(${eb.ref('l.normalized')}, ' ', ''), '-', '')`,
              '=',
              eb.ref('q.compact'),
            ),
          ]),
        ),
      )
      .innerJoin('skills as s', 's.id', 'l.skillId')
      .select((eb) => [
        'q.norm',
        'l.skillId',
        'l.kind',
        'l.lang',
        eb('l.normalized', '=', eb.ref('q.norm')).as('literal'),
        's.labelEn',
        's.labelNl',
      ])
      .execute();
    for (const [key, rows] of groupBy(exactRows, (row) => row.norm)) {
      const best = rows.sort(compareExact(locale))[0];
      results.set(key, {
        skillId: best.skillId,
        label: labelIn(best, locale),
        matchedBy: best.kind === 'preferred' ? 'exact' : 'synonym',
        suggestions: [],
      });
    }

    // 2. Everything else: trigram candidates for typos and suggestions, prefixes for short names.
    const pending = keys.filter((key) => !results.has(key));
    if (pending.length > 0) {
      const rows = await this.candidates(db, pending);
      const byKey = groupBy(rows, (row) => row.norm);
      for (const key of pending) {
        const candidates = (byKey.get(key) ?? []).map((row) => ({
          ...row,
          sim: Number(row.sim),
          wsim: Number(row.wsim),
        }));
        const typo = acceptTypo(key, candidates, locale);
        if (typo) {
          results.set(key, {
            skillId: typo.skillId,
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
   * Per name: up to 40 labels that look alike (trigram similarity of the whole name, or of a
   * stretch of the label) when the name is long enough to be fuzzy, else up to 20 labels that
   * start with it: suggestions for short names are never look-alikes.
   */
  private candidates(db: EntityManager, pending: string[]): Promise<CandidateRow[]> {
    const asked = fragment<{
      norm: string;
      prefix: string;
      fuzzy: boolean;
    }>`unnest(${pending}::text[], ${pending.map(
      // upper bound of "starts with": the name followed by the highest code point
      (key) => `${key}\u{10FFFF}`,
    )}::text[], ${pending.map((key) => key.length >= FUZZY_MIN_LENGTH)}::bool[])`.as<'q'>(
      fragment`q(norm, prefix, fuzzy)`,
    );
    return sql(db)
      .selectFrom(asked)
      .crossJoinLateral((eb) => {
        // The label of the branch's own FROM, which the lateral's scope does not know.
        const label = fragment.ref('l.normalized');
        const sim = fragment<number>`similarity(${label}, ${eb.ref('q.norm')})`;
        const wsim = fragment<number>`word_similarity(${eb.ref('q.norm')}, ${label})`;
        const lookAlikes = eb
          .selectFrom('skillLabels as l')
          .select([
            'l.skillId',
            'l.normalized',
            'l.kind',
            'l.lang',
            fragment<number>`${sim}::float8`.as('sim'),
            fragment<number>`${wsim}::float8`.as('wsim'),
          ])
          .where('q.fuzzy', '=', true)
          .where(
            fragment<boolean>`(${label} % ${eb.ref('q.norm')} OR ${eb.ref('q.norm')} <% ${label})`,
          )
          .orderBy(fragment`greatest(${sim}, ${wsim})`, 'desc')
          .orderBy('l.normalized')
          .orderBy('l.skillId')
          .limit(40);
        const startingWith = eb
          .selectFrom('skillLabels as l')
          .select([
            'l.skillId',
            'l.normalized',
            'l.kind',
            'l.lang',
            fragment<number>`0.5::float8`.as('sim'),
            fragment<number>`0.5::float8`.as('wsim'),
          ])
          .where('q.fuzzy', '=', false)
          .where(fragment<boolean>`${label} ~>=~ ${eb.ref('q.norm')}`)
          .where(fragment<boolean>`${label} ~<~ ${eb.ref('q.prefix')}`)
          .orderBy(fragment`length(${label})`)
          .orderBy('l.normalized')
          .orderBy('l.skillId')
          .limit(20);
        // Each branch keeps its own ORDER BY and LIMIT inside its subquery.
        return eb
          .selectFrom(lookAlikes.as('f'))
          .selectAll()
          .unionAll(eb.selectFrom(startingWith.as('p')).selectAll())
          .as('c');
      })
      .innerJoin('skills as s', 's.id', 'c.skillId')
      .select([
        'q.norm',
        'c.skillId',
        'c.normalized',
        'c.kind',
        'c.lang',
        'c.sim',
        'c.wsim',
        's.labelEn',
        's.labelNl',
      ])
      .execute();
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
    const known = ids.filter(isUuid);
    // Relations first (source set, in rank order), then one label row per skill (source null).
    const rows = await sql(db)
      .with('ranked', (w) =>
        w
          .selectFrom((eb) =>
            eb
              .selectFrom('occupationSkills as a')
              .innerJoin('occupationSkills as b', (join) =>
                join
                  .onRef('b.occupationId', '=', 'a.occupationId')
                  .on('b.relation', '=', 'essential')
                  .onRef('b.skillId', '<>', 'a.skillId'),
              )
              .select((r) => [
                'a.skillId as source',
                'b.skillId as related',
                r.fn
                  .agg<number>('row_number')
                  .over((over) =>
                    over
                      .partitionBy('a.skillId')
                      .orderBy(r.fn.countAll(), 'desc')
                      .orderBy('b.skillId'),
                  )
                  .as('rank'),
              ])
              .where('a.skillId', '=', (r) => r.fn.any(r.val(known)))
              .where('a.relation', '=', 'essential')
              .groupBy(['a.skillId', 'b.skillId'])
              .as('r'),
          )
          .selectAll()
          .where('rank', '<=', cap),
      )
      .selectFrom('ranked')
      .select((eb) => [
        // The label rows below have no source.
        eb.ref('source').$castTo<string | null>().as('source'),
        'related',
        fragment<string | null>`NULL`.as('labelEn'),
        fragment<string | null>`NULL`.as('labelNl'),
        'rank',
      ])
      .unionAll((eb) =>
        eb
          .selectFrom('skills as s')
          .select([
            fragment<string | null>`NULL`.as('source'),
            's.id as related',
            's.labelEn',
            's.labelNl',
            fragment<number>`0`.as('rank'),
          ])
          .where((s) =>
            s.or([
              s('s.id', '=', s.fn.any(s.val(known))),
              s('s.id', 'in', s.selectFrom('ranked').select('related')),
            ]),
          ),
      )
      .orderBy('source', (ob) => ob.asc().nullsLast())
      .orderBy('rank')
      .execute();
    for (const row of rows) {
      if (row.source !== null) related.get(row.source)?.push(row.related);
      else if (row.labelEn !== null)
        labels.set(row.related, { en: row.labelEn, nl: row.labelNl ?? row.labelEn });
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
    const rows = await sql(db)
      .selectFrom('skills')
      .select(['id', 'labelEn', 'labelNl'])
      .where('id', '=', (eb) => eb.fn.any(eb.val(ids)))
      .execute();
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

function labelIn(row: { labelEn: string; labelNl: string | null }, locale: SkillLocale): string {
  return locale === 'nl' ? (row.labelNl ?? row.labelEn) : row.labelEn;
}

/** Literal before space-insensitive, preferred before synonym, the caller's language first. */
function compareExact(locale: SkillLocale) {
  return (a: ExactRow, b: ExactRow): number =>
    Number(b.literal) - Number(a.literal) ||
    Number(b.kind === 'preferred') - Number(a.kind === 'preferred') ||
    Number(b.lang === locale) - Number(a.lang === locale) ||
    a.labelEn.length - b.labelEn.length ||
    a.skillId.localeCompare(b.skillId);
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
      a.skillId.localeCompare(b.skillId),
  );
  const top = ranked[0];
  if (top.sim < FUZZY_ACCEPT_SIMILARITY) return null;
  const rival = ranked.find(
    (row) => row.skillId !== top.skillId && row.normalized !== top.normalized,
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
        a.skillId.localeCompare(b.skillId),
    )
    .filter((row) => score(row) >= SUGGEST_MIN_SIMILARITY)
    .filter((row) => (seen.has(row.skillId) ? false : (seen.add(row.skillId), true)))
    .slice(0, MAX_SUGGESTIONS)
    .map((row) => ({ skillId: row.skillId, label: labelIn(row, locale) }));
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
