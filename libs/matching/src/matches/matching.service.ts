import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, EVENTS, appendToOutbox, sql } from '@gilde/kernel';
import { AssignmentsForMatching } from '@gilde/assignments';
import { SEARCH_ENGINE, SearchEngine } from '@gilde/search';
import { AssignmentMatch } from '../entities/assignment-match.entity';
import { explain } from '../scoring/explanation';
import { MatchScore, ScoringContext, compareMatches, scoreMatch } from '../scoring/quality-score';
import { MAX_OVER_BUDGET_SHOWN, Ranking, rankMatches } from '../scoring/ranking';
import { LoadedAssignment, MatchInputsReader } from './match-inputs.reader';

/**
 * Retrieval: how many interims each skill may contribute, and how many go to re-ranking (never
 * fewer than the list keeps).
 */
export const PER_SKILL_CAP = 250;
export const CANDIDATE_LIMIT = 250;
/** Candidates loaded and scored per step of a long list: one profile read (matching's batch). */
const SCORING_SLICE = 125;
/** Related skills join retrieval at this share of their skill's weight, a few per skill. */
const RELATED_RETRIEVAL_WEIGHT = 0.5;
const RELATED_IN_RETRIEVAL = 1;

export interface ComputedMatches {
  assignment: LoadedAssignment;
  ranking: Ranking;
  retrieved: number;
  /** Milliseconds per phase, for logs and the bench. */
  timings: MatchTimings;
  /**
   * The certain head of a long list, stored and announced before the whole list is ranked:
   * its ranks are provisional, and the whole list replaces it moments later.
   */
  head?: boolean;
}

export interface MatchTimings {
  /** The assignment, its weights and related skills. */
  assignment: number;
  retrieval: number;
  /** Candidate profiles and track records. */
  load: number;
  scoring: number;
  /** Set by `computeAndStore`: the transaction that replaces the stored list. */
  store?: number;
}

function lockKey(id: string): string {
  return `assignment-matches:${id}`;
}

/**
 * Two phases: retrieval from the search engine (skills, capped per skill), then re-ranking by the
 * quality score in TypeScript. The top matches are stored with their breakdown and explanation,
 * and `assignment.matches_computed` goes out through the outbox in the same transaction.
 */
@Injectable()
export class MatchingService {
  private readonly logger = new Logger(MatchingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly inputs: MatchInputsReader,
    private readonly assignments: AssignmentsForMatching,
    private readonly config: AppConfig,
  ) {}

  /** Ranked matches kept per assignment (MATCH_LIST_SIZE). */
  private get listSize(): number {
    return this.config.matching.listSize;
  }

  /**
   * Scores the retrieved candidates for a published assignment; null when it is not published.
   *
   * A long list (MATCH_LIST_SIZE above CANDIDATE_LIMIT) takes a while to score whole, and its
   * notifications would wait for it. With `onHead`, the first CANDIDATE_LIMIT candidates
   * retrieved are scored first, and those of them who will certainly be in the final list are
   * handed over (to be stored and announced) before the rest is scored. Certain means: even if
   * every later candidate ranked above them, they would still be within the list size.
   */
  async compute(
    assignmentId: string,
    options: { onHead?: (head: ComputedMatches) => Promise<void> } = {},
  ): Promise<ComputedMatches | null> {
    let mark = performance.now();
    const lap = () => {
      const now = performance.now();
      const ms = now - mark;
      mark = now;
      return ms;
    };
    const assignment = await this.inputs.assignment(assignmentId);
    if (!assignment || assignment.status !== 'published') return null;
    const { related, labels } = assignment.taxonomy;
    const context: ScoringContext = { weights: assignment.weights, related, labels };
    const timings: MatchTimings = { assignment: lap(), retrieval: 0, load: 0, scoring: 0 };
    const ids = await this.retrieve(assignment, related);
    timings.retrieval = lap();

    const scores: MatchScore[] = [];
    const scoreSlice = async (slice: string[]) => {
      const candidates = await this.inputs.candidates(slice);
      timings.load += lap();
      for (const c of candidates) scores.push(scoreMatch(assignment.input, c, context));
      timings.scoring += lap();
    };
    let next = 0;
    if (options.onHead && ids.length > CANDIDATE_LIMIT) {
      next = CANDIDATE_LIMIT;
      await scoreSlice(ids.slice(0, next));
      const certain = this.listSize - (ids.length - next);
      const ranked = rankMatches(scores, this.listSize).ranked.slice(0, Math.max(0, certain));
      if (ranked.length) {
        await options.onHead({
          assignment,
          ranking: { ranked, overBudget: [] },
          retrieved: ids.length,
          timings: { ...timings },
          head: true,
        });
        lap(); // storing the head is timed by its own log line
      }
    }
    // A list of the usual size is read at once, its batches side by side. A long one is read and
    // scored a slice at a time, so it never holds the worker's event loop or PostgreSQL for long:
    // other jobs, such as the notifications of its head, go on meanwhile.
    const step = ids.length <= CANDIDATE_LIMIT ? CANDIDATE_LIMIT : SCORING_SLICE;
    for (; next < ids.length; next += step) await scoreSlice(ids.slice(next, next + step));
    const ranking = rankMatches(scores, this.listSize);
    timings.scoring += lap();
    return { assignment, ranking, retrieved: ids.length, timings };
  }

  private async retrieve(
    assignment: LoadedAssignment,
    related: Map<string, string[]>,
  ): Promise<string[]> {
    const direct = assignment.input.skills.filter((s) => s.skillId);
    if (!direct.length) {
      // Free-text skills only: fall back to the sector.
      const hits = await this.engine.searchProfiles({
        sectors: [assignment.input.sector],
        offset: 0,
        limit: Math.max(CANDIDATE_LIMIT, this.listSize),
      });
      return hits.ids;
    }
    const skills = new Map<string, number>();
    for (const s of direct)
      skills.set(s.skillId as string, Math.max(skills.get(s.skillId as string) ?? 0, s.weight));
    for (const s of direct) {
      for (const r of (related.get(s.skillId as string) ?? []).slice(0, RELATED_IN_RETRIEVAL)) {
        if (!skills.has(r)) skills.set(r, s.weight * RELATED_RETRIEVAL_WEIGHT);
      }
    }
    return this.engine.candidates({
      skills: [...skills].map(([skillId, weight]) => ({ skillId, weight })),
      requiredSkillIds: direct.filter((s) => s.mustHave).map((s) => s.skillId as string),
      perSkillCap: Math.max(PER_SKILL_CAP, this.listSize),
      limit: Math.max(CANDIDATE_LIMIT, this.listSize),
    });
  }

  /**
   * Replaces the stored matches of the assignment, unless newer ones (from a later version) are
   * already there. Returns false when it stored nothing.
   */
  async store(manager: EntityManager, computed: ComputedMatches): Promise<boolean> {
    const { assignment, ranking } = computed;
    const id = assignment.input.id;
    const computedAt = new Date();
    const rows = [
      ...ranking.ranked.map((m, i) => () => toRow(id, assignment.version, m, i + 1, computedAt)),
      ...ranking.overBudget.map((m) => () => toRow(id, assignment.version, m, null, computedAt)),
    ];
    // The first chunk is rendered before the lock: the usual list is one chunk, so the lock is
    // held only for the statements below.
    const first = renderRows(rows.slice(0, INSERT_CHUNK));
    await lockAssignmentMatches(manager, id);
    const writing = performance.now();
    if (!(await replaceMatches(manager, id, assignment.version, first))) return false;
    await insertMatches(manager, rows.slice(INSERT_CHUNK));
    const t = computed.timings;
    this.logger.log(
      `Stored ${ranking.ranked.length} ${computed.head ? 'head ' : ''}matches (+${ranking.overBudget.length} over budget) for assignment ${id}, ` +
        `from ${computed.retrieved} retrieved; ms: assignment ${t.assignment.toFixed(0)}, ` +
        `retrieval ${t.retrieval.toFixed(0)}, load ${t.load.toFixed(0)}, scoring ${t.scoring.toFixed(0)}, ` +
        `writing ${(performance.now() - writing).toFixed(0)}`,
    );
    await appendToOutbox(manager, {
      eventType: EVENTS.matchesComputed,
      tenantId: assignment.organisationId,
      aggregateType: 'assignment',
      aggregateId: id,
      payload: {
        assignmentId: id,
        version: assignment.version,
        matches: ranking.ranked.length,
        ...(computed.head ? { head: true } : {}),
      },
    });
    return true;
  }

  /** Computes and stores in one go (the API's "recompute now", the bench and the demo seed). */
  async computeAndStore(assignmentId: string): Promise<ComputedMatches | null> {
    const computed = await this.compute(assignmentId);
    if (!computed) return null;
    const started = performance.now();
    await this.dataSource.transaction((m) => this.store(m, computed));
    computed.timings.store = performance.now() - started;
    return computed;
  }

  /**
   * A profile changed: scores this interim again for every open assignment that asks for one of
   * their skills or already lists them. Reads only; `applyRescore` writes. Null when the interim
   * has no visible profile any more (their matches go).
   */
  async rescoreInterim(interimId: string): Promise<InterimRescore> {
    const [candidate] = await this.inputs.candidates([interimId]);
    if (!candidate) return { interimId, scores: null };
    const skillIds = candidate.skills.flatMap((s) => (s.skillId ? [s.skillId] : []));
    const listed = await sql(this.dataSource)
      .selectFrom('assignmentMatches')
      .select('assignmentId')
      .where('interimId', '=', interimId)
      .execute();
    const ids = await this.assignments.publishedFor(
      { skillIds, ids: listed.map((r) => r.assignmentId) },
      MAX_RESCORED_ASSIGNMENTS,
    );
    const scores: InterimRescore['scores'] = [];
    for (const id of ids) {
      const assignment = await this.inputs.assignment(id);
      if (!assignment || assignment.status !== 'published') continue;
      const { related, labels } = assignment.taxonomy;
      const score = scoreMatch(assignment.input, candidate, {
        weights: assignment.weights,
        related,
        labels,
      });
      scores.push({ assignment, score });
    }
    return { interimId, scores };
  }

  /** Merges a rescored interim into each stored list; returns how many lists changed. */
  async applyRescore(manager: EntityManager, rescore: InterimRescore): Promise<number> {
    if (!rescore.scores) {
      await sql(manager)
        .deleteFrom('assignmentMatches')
        .where('interimId', '=', rescore.interimId)
        .execute();
      return 0;
    }
    let changed = 0;
    for (const { assignment, score } of rescore.scores) {
      if (await this.mergeInterim(manager, assignment, score)) changed++;
    }
    return changed;
  }

  private async mergeInterim(
    manager: EntityManager,
    assignment: LoadedAssignment,
    score: MatchScore,
  ): Promise<boolean> {
    const assignmentId = assignment.input.id;
    const interimId = score.interimId;
    await lockAssignmentMatches(manager, assignmentId);
    const db = sql(manager);
    const stored = await db
      .selectFrom('assignmentMatches')
      .select(['interimId', 'rank', 'score', 'breakdown', 'flags'])
      .where('assignmentId', '=', assignmentId)
      .where('interimId', '<>', interimId)
      .execute();
    const deleted = await db
      .deleteFrom('assignmentMatches')
      .where('assignmentId', '=', assignmentId)
      .where('interimId', '=', interimId)
      .executeTakeFirst();
    const removed = Number(deleted.numDeletedRows);
    const wasListed = removed > 0;
    const ranked = stored.filter((r) => r.rank !== null).map(asScore);
    const overBudget = stored.filter((r) => r.rank === null).map(asScore);
    const eligible = score.exclusions.length === 0;
    const rateOnly = score.exclusions.length === 1 && score.exclusions[0] === 'rate_above_budget';
    const full = ranked.length >= this.listSize;
    const floor = full ? Math.min(...ranked.map((r) => r.exactScore)) : -Infinity;
    let listedAs: 'ranked' | 'over_budget' | null = null;
    if (eligible && (!full || score.exactScore > floor)) {
      ranked.push(score);
      listedAs = 'ranked';
    } else if (rateOnly && score.exactScore >= floor && overBudget.length < MAX_OVER_BUDGET_SHOWN) {
      listedAs = 'over_budget';
    } else if (!wasListed) {
      return false;
    }
    ranked.sort(compareMatches);
    const keep = ranked.slice(0, this.listSize);
    const dropped = ranked.slice(this.listSize).map((r) => r.interimId);
    if (dropped.length) {
      await db
        .deleteFrom('assignmentMatches')
        .where('assignmentId', '=', assignmentId)
        .where('interimId', '=', (eb) => eb.fn.any(eb.val(dropped)))
        .execute();
    }
    const computedAt = new Date();
    const own = keep.findIndex((r) => r.interimId === interimId);
    if (listedAs === 'ranked' && own >= 0) {
      await insertMatches(manager, [
        () => toRow(assignmentId, assignment.version, score, own + 1, computedAt),
      ]);
    } else if (listedAs === 'over_budget') {
      await insertMatches(manager, [
        () => toRow(assignmentId, assignment.version, score, null, computedAt),
      ]);
    }
    // The others' ranks shift around the merged interim.
    // raw SQL: the new ranks come as two parallel arrays (unnest), which Kysely does not type
    await manager.query(
      `UPDATE assignment_matches m SET rank = r.rank
         FROM unnest($2::uuid[], $3::int[]) AS r(interim_id, rank)
        WHERE m.assignment_id = $1 AND m.interim_id = r.interim_id AND m.rank IS DISTINCT FROM r.rank`,
      [assignmentId, keep.map((r) => r.interimId), keep.map((_, i) => i + 1)],
    );
    if (listedAs === 'ranked' && own >= 0 && !wasListed) {
      // A newcomer to the list: notifications may tell them.
      await appendToOutbox(manager, {
        eventType: EVENTS.matchesComputed,
        tenantId: assignment.organisationId,
        aggregateType: 'assignment',
        aggregateId: assignmentId,
        payload: { assignmentId, version: assignment.version, interimId },
      });
    }
    return true;
  }
}

export interface InterimRescore {
  interimId: string;
  /** Null when the interim has no visible profile: their matches are removed. */
  scores: { assignment: LoadedAssignment; score: MatchScore }[] | null;
}

/** A profile change re-scores at most this many open assignments (newest first). */
export const MAX_RESCORED_ASSIGNMENTS = 500;

interface StoredRow {
  interimId: string;
  rank: number | null;
  score: number;
  breakdown: unknown;
  flags: string[];
}

/** A stored row, enough of a score to be ordered against a fresh one. */
function asScore(row: StoredRow): MatchScore {
  return {
    interimId: row.interimId,
    exclusions: row.rank === null ? ['rate_above_budget'] : [],
    score: row.score,
    exactScore: row.score,
    breakdown: row.breakdown as MatchScore['breakdown'],
    rateWithinBudget: false,
    reciprocal: row.flags.length === 0,
    flags: row.flags as MatchScore['flags'],
    reasons: [],
  };
}

/**
 * Rows per statement: one JSON parameter, so a list of any size stays within the limits. Rows
 * are rendered (explanations included) chunk by chunk, so a long list never holds the worker's
 * event loop for long.
 */
const INSERT_CHUNK = 1000;

/** Serialises the writers of one assignment's list (a computation and the merges of rescores). */
async function lockAssignmentMatches(manager: EntityManager, assignmentId: string): Promise<void> {
  await sql(manager)
    .selectNoFrom((eb) =>
      eb
        .fn('pg_advisory_xact_lock', [eb.fn('hashtext', [eb.val(lockKey(assignmentId))])])
        .as('locked'),
    )
    .execute();
}

/** The JSON parameter of a chunk of match rows, rendered (explanations included) now. */
function renderRows(rows: (() => Partial<AssignmentMatch>)[]): string {
  return JSON.stringify(
    rows.map((row) => {
      const r = row();
      return {
        assignment_id: r.assignmentId,
        interim_id: r.interimId,
        rank: r.rank,
        score: r.score,
        breakdown: r.breakdown,
        explanation: r.explanation,
        rate_within_budget: r.rateWithinBudget,
        reciprocal: r.reciprocal,
        flags: r.flags,
        assignment_version: r.assignmentVersion,
        computed_at: r.computedAt,
      };
    }),
  );
}

const MATCH_COLUMNS = `assignment_id, interim_id, rank, score, breakdown, explanation,
  rate_within_budget, reciprocal, flags, assignment_version, computed_at`;
const RECORDSET_COLUMNS = `r.assignment_id, r.interim_id, r.rank, r.score, r.breakdown,
  r.explanation, r.rate_within_budget, r.reciprocal, r.flags, r.assignment_version, r.computed_at`;
const MATCH_RECORDSET = `json_to_recordset($1::json) AS r(assignment_id uuid, interim_id uuid,
  rank smallint, score real, breakdown jsonb, explanation json, rate_within_budget boolean,
  reciprocal boolean, flags text[], assignment_version int, computed_at timestamptz)`;

/**
 * Replaces the assignment's stored list by the rendered rows in one statement, unless a newer
 * version's list is there: two round trips fewer inside the transaction than a statement each.
 * The insert reads the delete's count, so the old rows are gone first. Returns false when it
 * changed nothing.
 */
async function replaceMatches(
  manager: EntityManager,
  assignmentId: string,
  version: number,
  rows: string,
): Promise<boolean> {
  // raw SQL: data-modifying CTEs and a JSON recordset insert, one round trip on the hot path
  const [{ stored }]: { stored: boolean }[] = await manager.query(
    `WITH newer AS (
       SELECT EXISTS (SELECT 1 FROM assignment_matches
                       WHERE assignment_id = $2 AND assignment_version > $3) AS found),
     removed AS (
       DELETE FROM assignment_matches WHERE assignment_id = $2 AND NOT (SELECT found FROM newer)
       RETURNING 1),
     added AS (
       INSERT INTO assignment_matches (${MATCH_COLUMNS})
       SELECT ${RECORDSET_COLUMNS} FROM ${MATCH_RECORDSET}
        WHERE NOT (SELECT found FROM newer) AND (SELECT count(*) FROM removed) >= 0
       RETURNING 1)
     SELECT NOT found AS stored FROM newer`,
    [rows, assignmentId, version],
  );
  return stored;
}

/**
 * Writes match rows through one JSON parameter per chunk: for long lists this is several times
 * faster than an entity insert, which binds every column of every row separately.
 */
async function insertMatches(
  manager: EntityManager,
  rows: (() => Partial<AssignmentMatch>)[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    // raw SQL: a JSON recordset insert (one parameter per chunk), which Kysely does not type
    await manager.query(
      `INSERT INTO assignment_matches (${MATCH_COLUMNS})
       SELECT ${RECORDSET_COLUMNS} FROM ${MATCH_RECORDSET}`,
      [renderRows(rows.slice(i, i + INSERT_CHUNK))],
    );
  }
}

function toRow(
  assignmentId: string,
  version: number,
  m: MatchScore,
  rank: number | null,
  computedAt: Date,
): Partial<AssignmentMatch> {
  return {
    assignmentId,
    interimId: m.interimId,
    rank,
    score: m.score,
    breakdown: m.breakdown,
    explanation: explain(m.reasons),
    rateWithinBudget: m.rateWithinBudget,
    reciprocal: m.reciprocal,
    flags: m.flags,
    assignmentVersion: version,
    computedAt,
  };
}
