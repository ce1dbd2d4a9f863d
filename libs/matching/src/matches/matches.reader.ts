import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AssignmentSummaries } from '@gilde/assignments';
import { Sql, sql } from '@gilde/kernel';
import type { StoredExplanation } from '../scoring/explanation';
import type { Breakdown } from '../scoring/quality-score';

/** A stored match, as other libraries read it (notifications: who to tell; responses: the score). */
export interface StoredMatch {
  assignmentId: string;
  interimId: string;
  /** 1 = best; null for an interim listed only because the budget left them out. */
  rank: number | null;
  score: number;
  breakdown: Breakdown;
  explanation: StoredExplanation;
  rateWithinBudget: boolean;
  /** False when the interim's own preferences rule the assignment out: do not notify them. */
  reciprocal: boolean;
  flags: string[];
  assignmentVersion: number;
  computedAt: Date;
}

function selectMatches(db: Sql) {
  return db
    .selectFrom('assignmentMatches')
    .select([
      'assignmentId',
      'interimId',
      'rank',
      'score',
      'breakdown',
      'explanation',
      'rateWithinBudget',
      'reciprocal',
      'flags',
      'assignmentVersion',
      'computedAt',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectMatches>['executeTakeFirstOrThrow']>>;

function toMatch(r: Row): StoredMatch {
  return {
    ...r,
    score: Number(r.score),
    breakdown: r.breakdown as Breakdown,
    explanation: r.explanation as unknown as StoredExplanation,
  };
}

/** Read access to stored matches; no authorization (callers decide who may see what). */
@Injectable()
export class MatchesReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assignments: AssignmentSummaries,
  ) {}

  /** Ranked matches first (best first), then the over-budget ones by score. */
  async forAssignment(
    assignmentId: string,
    limit = 100,
    manager?: EntityManager,
  ): Promise<StoredMatch[]> {
    const rows = await selectMatches(sql(manager ?? this.dataSource))
      .where('assignmentId', '=', assignmentId)
      .orderBy('rank', (o) => o.asc().nullsLast())
      .orderBy('score', 'desc')
      .orderBy('interimId')
      .limit(limit)
      .execute();
    return rows.map(toMatch);
  }

  /**
   * One interim's matches with published assignments, best first. An interim is listed for a
   * bounded number of assignments (each list is short), so the ordering and the published
   * check run over all of their matches' ids, and only the page is read whole.
   */
  async forInterim(
    interimId: string,
    window: { skip: number; take: number },
  ): Promise<{ matches: StoredMatch[]; total: number }> {
    const db = sql(this.dataSource);
    const listed = await db
      .selectFrom('assignmentMatches')
      .select(['assignmentId', 'score'])
      .where('interimId', '=', interimId)
      .execute();
    const summaries = await this.assignments.byIds(listed.map((m) => m.assignmentId));
    const published = listed
      .filter((m) => summaries.get(m.assignmentId)?.status === 'published')
      .sort(
        (a, b) =>
          b.score - a.score ||
          (a.assignmentId < b.assignmentId ? -1 : a.assignmentId > b.assignmentId ? 1 : 0),
      );
    const page = published.slice(window.skip, window.skip + window.take);
    if (!page.length) return { matches: [], total: published.length };
    const rows = await selectMatches(db)
      .where('interimId', '=', interimId)
      .where('assignmentId', '=', (eb) => eb.fn.any(eb.val(page.map((m) => m.assignmentId))))
      .execute();
    const byAssignment = new Map(rows.map((r) => [r.assignmentId, toMatch(r)]));
    return {
      matches: page.flatMap((m) => byAssignment.get(m.assignmentId) ?? []),
      total: published.length,
    };
  }

  /** The stored match of one interim for one assignment, if any. */
  async get(assignmentId: string, interimId: string): Promise<StoredMatch | null> {
    const row = await selectMatches(sql(this.dataSource))
      .where('assignmentId', '=', assignmentId)
      .where('interimId', '=', interimId)
      .executeTakeFirst();
    return row ? toMatch(row) : null;
  }
}
