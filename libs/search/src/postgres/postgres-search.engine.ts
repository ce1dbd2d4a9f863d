import { DataSource, EntityManager } from 'typeorm';
import { sql } from '@gilde/kernel';
import { ASSIGNMENT_KIND_LABELS, SECTOR_LABELS, isAssignmentKind, isSector } from '@gilde/taxonomy';
import { SearchTextAnalysis, taxonomyTextAnalysis } from '../analysis/search-text-analysis';
import type { TextAnalyzer } from '../analysis/text-analyzer';
import { QueryNode, renderTsQuery } from '../analysis/ts-query';
import { AssignmentSearchDocument, ProfileSearchDocument, rateBandOf } from '../search-documents';
import {
  AssignmentQuery,
  CandidateQuery,
  DocumentBatches,
  ProfileQuery,
  RebuildResult,
  SearchEngine,
  SearchHits,
  WriteOptions,
} from '../search-engine';
import { MIN_TYPO_WORD_LENGTH, foldedText, queryWords, words } from '../search-text';
import { documentVector } from './document-vector';
import { profilesChangedSince, rebuildProfileTables } from './postgres-profile-rebuild';

export interface PostgresEngineOptions {
  /** Skills a free-text query names (exact, synonym or typo), resolved on the small taxonomy. */
  resolveSkills?: (text: string) => Promise<string[]>;
  /** Compound splitting and synonyms; by default over the taxonomy's vocabulary. */
  analysis?: SearchTextAnalysis;
}

/** Similarity a corrected word must reach; measured on the lexicon, never on documents. */
const TYPO_SIMILARITY = 0.45;
const MAX_CORRECTIONS = 3;
/** Matches beyond this are not counted exactly; the total then says "at least this many". */
export const MAX_COUNTED = 1000;
/**
 * Free-text relevance is ranked among at most this many matches: a word found in half the index
 * ("directeur") must not make every search rank tens of thousands of rows. Filters narrow it.
 */
export const MAX_RANKED = 1000;

const labelsOf = (codes: string[]): string[] =>
  codes.flatMap((c) =>
    isSector(c)
      ? [SECTOR_LABELS[c].en, SECTOR_LABELS[c].nl]
      : isAssignmentKind(c)
        ? [ASSIGNMENT_KIND_LABELS[c].en, ASSIGNMENT_KIND_LABELS[c].nl]
        : [],
  );

/**
 * The analyzer's analysis, remembered per folded text for one batch of documents: headlines,
 * skill labels and sector labels repeat across documents, and each is analysed once.
 */
function batchAnalysis(analyzer: TextAnalyzer): (folded: string) => string {
  const known = new Map<string, string>();
  return (folded) => {
    let analysed = known.get(folded);
    if (analysed === undefined) {
      analysed = analyzer.analyse(folded);
      known.set(folded, analysed);
    }
    return analysed;
  };
}

/**
 * Analysed text of several pieces (one label, one skill's labels): each piece is analysed on its
 * own, as the set-based rebuild does per skill and per sector or kind.
 */
const analysedPieces = (
  analyse: (folded: string) => string,
  pieces: (string | null | undefined)[][],
): string =>
  pieces
    .map((piece) => foldedText(piece))
    .filter(Boolean)
    .map(analyse)
    .join(' ');

const distinctIds = (skills: { skillId: string | null }[]): string[] => [
  ...new Set(skills.map((s) => s.skillId).filter((id): id is string => !!id)),
];

/**
 * The embedded engine: documents in PostgreSQL with a weighted tsvector (GIN), a skill-to-profile
 * table for retrieval (capped per skill), and a word list for typo correction. Fuzziness is
 * resolved on the taxonomy and the word list, so no query ever scans profile rows by similarity.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;

  private readonly analysis: SearchTextAnalysis;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: PostgresEngineOptions = {},
  ) {
    this.analysis = options.analysis ?? taxonomyTextAnalysis(this.dataSource);
  }

  async prepare(): Promise<void> {
    await this.ping();
  }

  async ping(): Promise<void> {
    await sql(this.dataSource).selectFrom('searchProfiles').select('interimId').limit(1).execute();
  }

  /** Runs `work` in the caller's transaction, or in a new one. */
  private write<T>(
    options: WriteOptions | undefined,
    work: (m: EntityManager) => Promise<T>,
  ): Promise<T> {
    return options?.manager ? work(options.manager) : this.dataSource.transaction(work);
  }

  async upsertProfiles(docs: ProfileSearchDocument[], options?: WriteOptions): Promise<void> {
    if (!docs.length) return;
    await this.write(options, (m) => this.writeProfiles(m, docs));
  }

  private async writeProfiles(
    manager: EntityManager,
    docs: ProfileSearchDocument[],
  ): Promise<void> {
    const analyse = batchAnalysis(await this.analysis.get());
    const rows = docs.map((d) => ({
      interim_id: d.interimId,
      version: d.version,
      visibility: d.visibility,
      skill_ids: distinctIds(d.skills),
      sectors: d.sectors,
      assignment_kinds: d.assignmentKinds,
      languages: d.languages,
      remote_preference: d.remotePreference,
      rate_band: d.rateBand,
      hours_min: d.hoursMin,
      hours_max: d.hoursMax,
      available_from: d.availableFrom,
      available_until: d.availableUntil,
      credentials: d.credentials,
      a: analysedPieces(analyse, [[d.headline]]),
      b: analysedPieces(
        analyse,
        d.skills.map((s) => [s.labelEn, s.labelNl]),
      ),
      c: analysedPieces(
        analyse,
        [...d.sectors, ...d.assignmentKinds].map((code) => labelsOf([code])),
      ),
      // place names are not split: "Zorgvliet" is no care job
      d: foldedText([d.city]),
    }));
    const before = await this.wordsOf(
      manager,
      'search_profiles',
      'interim_id',
      docs.map((d) => d.interimId),
    );
    // Newer or equal versions win: an old job that runs late never overwrites a newer document.
    // raw SQL: rows from jsonb_to_recordset, the document built by to_tsvector and setweight
    const accepted: { interim_id: string }[] = await manager.query(
      `INSERT INTO search_profiles AS p (interim_id, version, visibility, skill_ids, sectors,
              assignment_kinds, languages, remote_preference, rate_band, hours_min, hours_max,
              available_from, available_until, credentials, document, indexed_at)
       SELECT r.interim_id, r.version, r.visibility, r.skill_ids, r.sectors, r.assignment_kinds,
              r.languages, r.remote_preference, r.rate_band, r.hours_min, r.hours_max,
              r.available_from, r.available_until, r.credentials,
              setweight(${documentVector('r.a')}, 'A') || setweight(${documentVector('r.b')}, 'B') ||
              setweight(${documentVector('r.c')}, 'C') ||
              -- the city: a name, neither stemmed nor split
              setweight(to_tsvector('simple', r.d), 'D'),
              clock_timestamp()
         FROM jsonb_to_recordset($1::jsonb) AS r(interim_id uuid, version int, visibility text,
              skill_ids uuid[], sectors text[], assignment_kinds text[], languages text[],
              remote_preference text, rate_band int, hours_min smallint, hours_max smallint,
              available_from date, available_until date, credentials text[], a text, b text, c text, d text)
       ON CONFLICT (interim_id) DO UPDATE SET
              version = EXCLUDED.version, visibility = EXCLUDED.visibility,
              skill_ids = EXCLUDED.skill_ids, sectors = EXCLUDED.sectors,
              assignment_kinds = EXCLUDED.assignment_kinds, languages = EXCLUDED.languages,
              remote_preference = EXCLUDED.remote_preference, rate_band = EXCLUDED.rate_band,
              hours_min = EXCLUDED.hours_min, hours_max = EXCLUDED.hours_max,
              available_from = EXCLUDED.available_from, available_until = EXCLUDED.available_until,
              credentials = EXCLUDED.credentials, document = EXCLUDED.document,
              indexed_at = EXCLUDED.indexed_at
        WHERE p.version <= EXCLUDED.version
       RETURNING p.interim_id`,
      [JSON.stringify(rows)],
    );
    if (!accepted.length) return;
    const ids = new Set(accepted.map((r) => r.interim_id));
    await sql(manager)
      .deleteFrom('searchProfileSkills')
      .where('interimId', 'in', [...ids])
      .execute();
    const skillRows = new Map<string, { skill: string; interim: string; strength: number }>();
    for (const d of docs) {
      if (!ids.has(d.interimId)) continue;
      for (const s of d.skills) {
        if (!s.skillId) continue;
        const key = `${s.skillId}/${d.interimId}`;
        const known = skillRows.get(key);
        if (!known || known.strength < s.strength) {
          skillRows.set(key, { skill: s.skillId, interim: d.interimId, strength: s.strength });
        }
      }
    }
    const list = [...skillRows.values()];
    if (list.length) {
      // raw SQL: a bulk load through unnest of column arrays
      await manager.query(
        `INSERT INTO search_profile_skills (skill_id, interim_id, strength)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::real[])`,
        [list.map((r) => r.skill), list.map((r) => r.interim), list.map((r) => r.strength)],
      );
    }
    await this.addTerms(
      manager,
      docs
        .filter((d) => ids.has(d.interimId))
        .flatMap((d) => [
          d.headline,
          ...d.skills.flatMap((s) => [s.labelEn, s.labelNl ?? '']),
          ...labelsOf([...d.sectors, ...d.assignmentKinds]),
        ]),
    );
    await this.pruneTerms(manager, before);
  }

  /** Adds the long words of indexed text to the typo-correction word list. */
  private async addTerms(manager: EntityManager, texts: string[]): Promise<void> {
    const terms = new Set<string>();
    for (const text of texts) {
      for (const w of words(text))
        if (w.length >= MIN_TYPO_WORD_LENGTH && w.length <= 40) terms.add(w);
    }
    if (!terms.size) return;
    // raw SQL: a bulk load through unnest, ON CONFLICT DO NOTHING in term order
    await manager.query(
      `INSERT INTO search_terms (term) SELECT t FROM unnest($1::text[]) AS t ORDER BY t
       ON CONFLICT DO NOTHING`,
      [[...terms]],
    );
  }

  /**
   * The words (lexemes) the documents hold now: after they are replaced or deleted, those no
   * document holds any more leave the word list (pruneTerms).
   */
  private async wordsOf(
    manager: EntityManager,
    table: 'search_profiles' | 'search_assignments',
    idColumn: 'interim_id' | 'assignment_id',
    ids: string[],
  ): Promise<string[]> {
    if (!ids.length) return [];
    // raw SQL: the lexemes of stored vectors (tsvector_to_array) of either search table
    const rows: { w: string }[] = await manager.query(
      `SELECT DISTINCT w FROM ${table} s, unnest(tsvector_to_array(s.document)) AS w
        WHERE s.${idColumn} = ANY($1::uuid[]) AND length(w) BETWEEN $2 AND 40`,
      [ids, MIN_TYPO_WORD_LENGTH],
    );
    return rows.map((r) => r.w);
  }

  /**
   * Removes from the typo-correction word list the words that no indexed document holds any
   * more, so a deleted or changed profile leaves none of its words behind (an erased person's
   * headline, a free-text skill). Only the words of the documents just written or deleted are
   * checked, each by one GIN lookup per table: cheap per job. A word is kept while any profile
   * or assignment still holds it; a correction to a word no document holds could match nothing.
   */
  private async pruneTerms(manager: EntityManager, candidates: string[]): Promise<void> {
    if (!candidates.length) return;
    // raw SQL: a full-text match (@@ of a quoted tsquery) per term
    await manager.query(
      `DELETE FROM search_terms t
        WHERE t.term = ANY($1::text[])
          AND NOT EXISTS (SELECT 1 FROM search_profiles p
                           WHERE p.document @@ quote_literal(t.term)::tsquery)
          AND NOT EXISTS (SELECT 1 FROM search_assignments a
                           WHERE a.document @@ quote_literal(t.term)::tsquery)`,
      [[...new Set(candidates)].sort()],
    );
  }

  async deleteProfiles(ids: string[], options?: WriteOptions): Promise<void> {
    if (!ids.length) return;
    await this.write(options, async (m) => {
      const before = await this.wordsOf(m, 'search_profiles', 'interim_id', ids);
      await sql(m).deleteFrom('searchProfileSkills').where('interimId', 'in', ids).execute();
      await sql(m).deleteFrom('searchProfiles').where('interimId', 'in', ids).execute();
      await this.pruneTerms(m, before);
    });
  }

  async upsertAssignments(docs: AssignmentSearchDocument[], options?: WriteOptions): Promise<void> {
    if (!docs.length) return;
    await this.write(options, (m) => this.writeAssignments(m, docs));
  }

  private async writeAssignments(
    manager: EntityManager,
    docs: AssignmentSearchDocument[],
  ): Promise<void> {
    const analyse = batchAnalysis(await this.analysis.get());
    const rows = docs.map((d) => ({
      assignment_id: d.assignmentId,
      organisation_id: d.organisationId,
      version: d.version,
      skill_ids: distinctIds(d.skills),
      sector: d.sector,
      assignment_kind: d.assignmentKind,
      languages: d.languages,
      remote_share: d.remoteShare,
      start_date: d.startDate,
      max_day_rate: d.maxDayRate,
      published_at: d.publishedAt,
      a: analysedPieces(analyse, [[d.title]]),
      b: analysedPieces(
        analyse,
        d.skills.map((s) => [s.labelEn, s.labelNl]),
      ),
      c: analysedPieces(analyse, [
        ...[d.sector, d.assignmentKind].map((c) => labelsOf([c])),
        [d.city],
      ]),
      d: analysedPieces(analyse, [[d.description]]),
    }));
    const before = await this.wordsOf(
      manager,
      'search_assignments',
      'assignment_id',
      docs.map((d) => d.assignmentId),
    );
    // raw SQL: rows from jsonb_to_recordset, the document built by to_tsvector and setweight
    await manager.query(
      `INSERT INTO search_assignments AS x (assignment_id, organisation_id, version, skill_ids, sector,
              assignment_kind, languages, remote_share, start_date, max_day_rate, published_at,
              document, indexed_at)
       SELECT r.assignment_id, r.organisation_id, r.version, r.skill_ids, r.sector, r.assignment_kind,
              r.languages, r.remote_share, r.start_date, r.max_day_rate, r.published_at,
              setweight(${documentVector('r.a')}, 'A') || setweight(${documentVector('r.b')}, 'B') ||
              setweight(${documentVector('r.c')}, 'C') || setweight(${documentVector('r.d')}, 'D'),
              clock_timestamp()
         FROM jsonb_to_recordset($1::jsonb) AS r(assignment_id uuid, organisation_id uuid, version int,
              skill_ids uuid[], sector text, assignment_kind text, languages text[], remote_share smallint,
              start_date date, max_day_rate int, published_at timestamptz, a text, b text, c text, d text)
       ON CONFLICT (assignment_id) DO UPDATE SET
              organisation_id = EXCLUDED.organisation_id, version = EXCLUDED.version,
              skill_ids = EXCLUDED.skill_ids, sector = EXCLUDED.sector,
              assignment_kind = EXCLUDED.assignment_kind, languages = EXCLUDED.languages,
              remote_share = EXCLUDED.remote_share, start_date = EXCLUDED.start_date,
              max_day_rate = EXCLUDED.max_day_rate, published_at = EXCLUDED.published_at,
              document = EXCLUDED.document, indexed_at = EXCLUDED.indexed_at
        WHERE x.version <= EXCLUDED.version`,
      [JSON.stringify(rows)],
    );
    await this.addTerms(
      manager,
      docs.flatMap((d) => [
        d.title,
        d.description,
        ...d.skills.flatMap((s) => [s.labelEn, s.labelNl ?? '']),
        ...labelsOf([d.sector, d.assignmentKind]),
      ]),
    );
    await this.pruneTerms(manager, before);
  }

  async deleteAssignments(ids: string[], options?: WriteOptions): Promise<void> {
    if (!ids.length) return;
    await this.write(options, async (m) => {
      const before = await this.wordsOf(m, 'search_assignments', 'assignment_id', ids);
      await sql(m).deleteFrom('searchAssignments').where('assignmentId', 'in', ids).execute();
      await this.pruneTerms(m, before);
    });
  }

  /**
   * Upserts every document (one transaction per batch), then removes what the rebuild did not
   * touch. Readers see a complete index throughout: nothing is emptied first.
   */
  async rebuildProfiles(batches: DocumentBatches<ProfileSearchDocument>): Promise<RebuildResult> {
    return this.rebuild(
      batches,
      (m, b) => this.writeProfiles(m, b),
      async (m, since) => {
        await sql(m)
          .deleteFrom('searchProfileSkills as s')
          .using('searchProfiles as p')
          .whereRef('s.interimId', '=', 'p.interimId')
          .where('p.indexedAt', '<', since)
          .execute();
        await sql(m).deleteFrom('searchProfiles').where('indexedAt', '<', since).execute();
      },
    );
  }

  async rebuildAssignments(
    batches: DocumentBatches<AssignmentSearchDocument>,
  ): Promise<RebuildResult> {
    return this.rebuild(
      batches,
      (m, b) => this.writeAssignments(m, b),
      (m, since) => sql(m).deleteFrom('searchAssignments').where('indexedAt', '<', since).execute(),
    );
  }

  private async rebuild<D>(
    batches: DocumentBatches<D>,
    write: (m: EntityManager, batch: D[]) => Promise<void>,
    sweep: (m: EntityManager, since: Date) => Promise<unknown>,
  ): Promise<RebuildResult> {
    const started = performance.now();
    // raw SQL: the database's clock (clock_timestamp), read once
    const [{ now }] = await this.dataSource.query<{ now: Date }[]>(
      'SELECT clock_timestamp() AS now',
    );
    let documents = 0;
    // Read the next batch while the current one is written: reading is mostly Node, writing
    // mostly PostgreSQL, so the two overlap.
    const iterator = batches[Symbol.asyncIterator]();
    let next = iterator.next();
    for (;;) {
      const current = await next;
      if (current.done) break;
      next = iterator.next();
      // a failing read surfaces at the next await, not as an unhandled rejection meanwhile
      next.catch(() => undefined);
      if (!current.value.length) continue;
      await this.dataSource.transaction((m) => write(m, current.value));
      documents += current.value.length;
    }
    await this.dataSource.transaction((m) => sweep(m, now));
    return { documents, durationMs: Math.round(performance.now() - started) };
  }

  /**
   * The free-text part of a query. Every word must match, each through itself, its Dutch and
   * English stems, its synonyms, its compound parts (verandermanagement: verander or change, and
   * management or beheer), a reading of a mistyped compound (projectmanagment), or its typo
   * corrections from the word list (words of five letters or more only); plus the skills the whole
   * text (or its corrected reading) names in the taxonomy.
   */
  private async textCondition(
    text: string | undefined,
  ): Promise<{ tsquery: string; exact: string; skillIds: string[] } | null> {
    const terms = queryWords(text);
    if (!terms.length) return null;
    const analyzer = await this.analysis.get();
    const expanded = terms.map((w) => analyzer.queryAlternatives(w));
    const long = terms.filter((w) => w.length >= MIN_TYPO_WORD_LENGTH);
    const matches = analyzer.phraseMatches(terms);
    const stemmed = [
      ...new Set([
        ...expanded.flatMap((e) => [...e.alternatives, ...e.partAlternatives.flat()].flat()),
        ...matches.flatMap((m) => m.alternatives.flat()),
      ]),
    ];
    const corrected = expanded.some((e) => e.corrected)
      ? terms.map((w, i) => expanded[i].corrected ?? w).join(' ')
      : null;
    const resolve = (t: string) =>
      this.options.resolveSkills ? this.options.resolveSkills(t) : Promise.resolve([]);
    // Independent reads: the word list, the stems and the taxonomy are asked at the same time.
    const [rows, named, namedCorrected] = await Promise.all([
      // raw SQL: pg_trgm's % and similarity() and the snowball configurations have no typed form
      this.dataSource.query<{ word: string; term: string }[]>(
        `SELECT q.word, t.term
           FROM unnest($1::text[]) AS q(word)
           CROSS JOIN LATERAL (
             SELECT term FROM search_terms
              WHERE term % q.word AND similarity(term, q.word) >= $2
              ORDER BY similarity(term, q.word) DESC, term
              LIMIT $3) t
         UNION ALL
         SELECT q.word, s.term
           FROM unnest($4::text[]) AS q(word),
                unnest(tsvector_to_array(to_tsvector('dutch', q.word) || to_tsvector('english', q.word))) AS s(term)
          WHERE s.term <> q.word`,
        [long, TYPO_SIMILARITY, MAX_CORRECTIONS, stemmed],
      ),
      text ? resolve(text) : Promise.resolve([]),
      corrected ? resolve(corrected) : Promise.resolve([]),
    ]);
    const related = new Map<string, string[]>();
    for (const row of rows) related.set(row.word, [...(related.get(row.word) ?? []), row.term]);
    const word = (w: string): QueryNode => ({ any: [w, ...(related.get(w) ?? [])] });
    const phrase = (p: string[]): QueryNode => ({ all: p.map(word) });
    const termGroup = (i: number): QueryNode => {
      const { alternatives, partAlternatives } = expanded[i];
      const any: QueryNode[] = alternatives.map(phrase);
      if (partAlternatives.length) {
        any.push({ all: partAlternatives.map((alts) => ({ any: alts.map(phrase) })) });
      }
      return { any };
    };
    // A known phrase (a job title in the other language) may stand for its run of words. The
    // words as typed, their translations and a mistyped compound's reading are the exact match;
    // stems, parts and corrections only widen it.
    const groups: QueryNode[] = [];
    const exact: QueryNode[] = [];
    for (let i = 0; i < terms.length;) {
      const match = matches.find((m) => m.start === i);
      if (!match) {
        groups.push(termGroup(i));
        exact.push({ any: expanded[i].alternatives.map((a) => ({ all: a })) });
        i += 1;
        continue;
      }
      const run = terms.slice(i, i + match.length);
      const translated = match.alternatives.map(phrase);
      groups.push({ any: [{ all: run.map((_, j) => termGroup(i + j)) }, ...translated] });
      exact.push({ any: [{ all: run }, ...match.alternatives.map((a) => ({ all: a }))] });
      i += match.length;
    }
    return {
      tsquery: renderTsQuery({ all: groups }),
      exact: renderTsQuery({ all: exact }),
      skillIds: [...new Set([...named, ...namedCorrected])],
    };
  }

  async searchProfiles(query: ProfileQuery): Promise<SearchHits> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    if (query.skillIds?.length) where.push(`s.skill_ids @> ${p(query.skillIds)}::uuid[]`);
    if (query.sectors?.length) where.push(`s.sectors && ${p(query.sectors)}::text[]`);
    if (query.assignmentKinds?.length) {
      where.push(`s.assignment_kinds && ${p(query.assignmentKinds)}::text[]`);
    }
    if (query.languages?.length) where.push(`s.languages @> ${p(query.languages)}::text[]`);
    if (query.remotePreferences?.length) {
      where.push(`s.remote_preference = ANY(${p(query.remotePreferences)}::text[])`);
    }
    if (query.availableBy) {
      where.push(`(s.available_from IS NULL OR s.available_from <= ${p(query.availableBy)}::date)`);
    }
    if (query.availableUntil) {
      where.push(
        `(s.available_until IS NULL OR s.available_until >= ${p(query.availableUntil)}::date)`,
      );
    }
    if (query.maxDayRate !== undefined)
      where.push(`s.rate_band <= ${p(rateBandOf(query.maxDayRate))}`);
    if (query.credential) where.push(`s.credentials @> ARRAY[${p(query.credential)}::text]`);
    return this.runSearch(
      'search_profiles',
      'interim_id',
      's.available_from ASC NULLS FIRST',
      where,
      params,
      p,
      query,
    );
  }

  async searchAssignments(query: AssignmentQuery): Promise<SearchHits> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    if (query.skillIds?.length) where.push(`s.skill_ids @> ${p(query.skillIds)}::uuid[]`);
    if (query.sectors?.length) where.push(`s.sector = ANY(${p(query.sectors)}::text[])`);
    if (query.assignmentKinds?.length) {
      where.push(`s.assignment_kind = ANY(${p(query.assignmentKinds)}::text[])`);
    }
    if (query.languages?.length) where.push(`s.languages && ${p(query.languages)}::text[]`);
    if (query.minRemoteShare !== undefined)
      where.push(`s.remote_share >= ${p(query.minRemoteShare)}`);
    if (query.maxRemoteShare !== undefined)
      where.push(`s.remote_share <= ${p(query.maxRemoteShare)}`);
    if (query.startAfter) where.push(`s.start_date >= ${p(query.startAfter)}::date`);
    if (query.startBefore) where.push(`s.start_date <= ${p(query.startBefore)}::date`);
    if (query.minDayRate !== undefined) where.push(`s.max_day_rate >= ${p(query.minDayRate)}`);
    return this.runSearch(
      'search_assignments',
      'assignment_id',
      's.published_at DESC NULLS LAST',
      where,
      params,
      p,
      query,
    );
  }

  private async runSearch(
    table: 'search_profiles' | 'search_assignments',
    idColumn: 'interim_id' | 'assignment_id',
    defaultOrder: string,
    where: string[],
    params: unknown[],
    p: (value: unknown) => string,
    query: { text?: string; offset: number; limit: number },
  ): Promise<SearchHits> {
    const text = await this.textCondition(query.text);
    // The filter's parameters end here; what follows is for ranking and paging only.
    const filterParams = params.length;
    const page = `OFFSET ${p(query.offset)} LIMIT ${p(query.limit)}`;
    if (text) {
      const base = where.length ? `${where.join(' AND ')} AND ` : '';
      const exact = `to_tsquery('simple', ${p(text.exact)})`;
      const wide = `to_tsquery('simple', ${p(text.tsquery)})`;
      const ids = text.skillIds.length ? `${p(text.skillIds)}::uuid[]` : null;
      const named = ids ? ` + CASE WHEN s.skill_ids && ${ids} THEN 0.5 ELSE 0 END` : '';
      // Cover density rewards the words close together ("change management" as one skill). Each
      // tier is ranked by its own query: the exact one is small, so most searches stay cheap.
      // A second pass with ts_rank over the wide tier read every document twice for little
      // ranking (nDCG@10 0.836 with it, 0.828 without, on the relevance set).
      const rankExact = `ts_rank_cd(s.document, ${exact})${named}`;
      const rankWide = `ts_rank_cd(s.document, ${wide})${named}`;
      const wideMatch = ids
        ? `(s.document @@ ${wide} OR s.skill_ids && ${ids})`
        : `s.document @@ ${wide}`;
      // At most MAX_RANKED (= MAX_COUNTED) matches are ranked: first those with the words as
      // typed (or translated, or a mistyped compound's reading), then the widened ones (stems,
      // parts, corrections, named skills), so a broad expansion never crowds out the exact
      // matches. Their count is the capped total: one statement for both. The wide tier only
      // runs when the exact one holds every exact match, so it leaves those out by id (a hash
      // probe) instead of matching each document against the exact query again.
      // raw SQL: full-text ranking and a limit computed from a CTE have no typed form
      const [{ ids: found, total }] = await this.dataSource.query<
        { ids: string[]; total: number }[]
      >(
        `WITH exact AS MATERIALIZED (
           SELECT s.${idColumn} AS id, 1 + ${rankExact} AS rank FROM ${table} s
            WHERE ${base}s.document @@ ${exact}
            LIMIT ${MAX_RANKED}),
         wide AS MATERIALIZED (
           SELECT s.${idColumn} AS id, ${rankWide} AS rank FROM ${table} s
            WHERE ${base}${wideMatch} AND s.${idColumn} NOT IN (SELECT id FROM exact)
            LIMIT (SELECT ${MAX_RANKED} - count(*) FROM exact)),
         hits AS (SELECT * FROM exact UNION ALL SELECT * FROM wide)
         SELECT (SELECT count(*)::int FROM hits) AS total,
                (SELECT coalesce(array_agg(id ORDER BY rank DESC, id), '{}')
                   FROM (SELECT id, rank FROM hits ORDER BY rank DESC, id ${page}) x) AS ids`,
        params,
      );
      return { ids: found, total };
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const counted = params.slice(0, filterParams);
    // The page and the (capped) count in parallel, on two connections.
    const [rows, [{ total }]] = await Promise.all([
      // raw SQL: the filters are the same parameterised SQL fragments the full-text query above uses
      this.dataSource.query<{ id: string }[]>(
        `SELECT s.${idColumn} AS id FROM ${table} s ${filter}
          ORDER BY ${defaultOrder}, s.${idColumn} ${page}`,
        params,
      ),
      // raw SQL: the filters are the same parameterised SQL fragments the full-text query above uses
      this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM (SELECT 1 FROM ${table} s ${filter} LIMIT ${MAX_COUNTED}) x`,
        counted,
      ),
    ]);
    return { ids: rows.map((r) => r.id), total };
  }

  async candidates(query: CandidateQuery): Promise<string[]> {
    const bySkill = new Map<string, number>();
    for (const s of query.skills)
      bySkill.set(s.skillId, Math.max(bySkill.get(s.skillId) ?? 0, s.weight));
    if (!bySkill.size) return [];
    // raw SQL: unnest of two parameter arrays into rows, then a top-N per skill (LATERAL)
    const rows: { interim_id: string }[] = await this.dataSource.query(
      `WITH hits AS (
         SELECT h.interim_id, sum(r.weight * h.strength) AS relevance
           FROM unnest($1::uuid[], $2::real[]) AS r(skill_id, weight)
           CROSS JOIN LATERAL (
             SELECT k.interim_id, k.strength FROM search_profile_skills k
              WHERE k.skill_id = r.skill_id
              ORDER BY k.strength DESC, k.interim_id
              LIMIT $3) h
          GROUP BY h.interim_id)
       , best AS (
         -- the must-have check reads profile rows: only for the most relevant few
         SELECT interim_id, relevance FROM hits ORDER BY relevance DESC, interim_id LIMIT $5 * 4)
       SELECT b.interim_id FROM best b
         JOIN search_profiles p ON p.interim_id = b.interim_id
        WHERE cardinality($4::uuid[]) = 0 OR p.skill_ids @> $4::uuid[]
        ORDER BY b.relevance DESC, b.interim_id
        LIMIT $5`,
      [
        [...bySkill.keys()],
        [...bySkill.values()],
        query.perSkillCap,
        query.requiredSkillIds,
        query.limit,
      ],
    );
    return rows.map((r) => r.interim_id);
  }

  /** A full profile rebuild straight from the profile tables (build, index, swap). */
  async rebuildProfilesFromTables(today: string): Promise<RebuildResult & { startedAt: Date }> {
    return rebuildProfileTables(this.dataSource, today, await this.analysis.get());
  }

  profilesChangedSince(since: Date): Promise<string[]> {
    return profilesChangedSince(this.dataSource, since);
  }

  async indexedVersions(kind: 'profiles' | 'assignments'): Promise<Map<string, number>> {
    const db = sql(this.dataSource);
    const rows =
      kind === 'profiles'
        ? await db.selectFrom('searchProfiles').select(['interimId as id', 'version']).execute()
        : await db
            .selectFrom('searchAssignments')
            .select(['assignmentId as id', 'version'])
            .execute();
    return new Map(rows.map((r) => [r.id, r.version]));
  }

  async *listDocumentIds(
    kind: 'profiles' | 'assignments',
    pageSize = 1000,
  ): AsyncIterable<string[]> {
    const [table, idColumn] =
      kind === 'profiles'
        ? ['search_profiles', 'interim_id']
        : ['search_assignments', 'assignment_id'];
    // Keyset paging on the primary key: stable while documents come and go.
    let after: string | null = null;
    for (;;) {
      // raw SQL: the table and its key column are chosen per kind of document
      const rows: { id: string }[] = await this.dataSource.query(
        `SELECT ${idColumn} AS id FROM ${table}
          WHERE $1::uuid IS NULL OR ${idColumn} > $1::uuid ORDER BY ${idColumn} LIMIT $2`,
        [after, pageSize],
      );
      if (rows.length) yield rows.map((r) => r.id);
      if (rows.length < pageSize) return;
      after = rows[rows.length - 1].id;
    }
  }
}
