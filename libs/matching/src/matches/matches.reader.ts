import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
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

interface Row {
  assignment_id: string;
  interim_id: string;
  rank: number | null;
  score: number;
  breakdown: Breakdown;
  explanation: StoredExplanation;
  rate_within_budget: boolean;
  reciprocal: boolean;
  flags: string[];
  assignment_version: number;
  computed_at: Date;
}

const COLUMNS = `assignment_id, interim_id, rank, score, breakdown, explanation, rate_within_budget,
  reciprocal, flags, assignment_version, computed_at`;

function toMatch(r: Row): StoredMatch {
  return {
    assignmentId: r.assignment_id,
    interimId: r.interim_id,
    rank: r.rank,
    score: Number(r.score),
    breakdown: r.breakdown,
    explanation: r.explanation,
    rateWithinBudget: r.rate_within_budget,
    reciprocal: r.reciprocal,
    flags: r.flags,
    assignmentVersion: r.assignment_version,
    computedAt: r.computed_at,
  };
}

/** Read access to stored matches; no authorization (callers decide who may see what). */
@Injectable()
export class MatchesReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Ranked matches first (best first), then the over-budget ones by score. */
  async forAssignment(
    assignmentId: string,
    limit = 100,
    manager?: EntityManager,
  ): Promise<StoredMatch[]> {
    const rows: Row[] = await (manager ?? this.dataSource).query(
      `SELECT ${COLUMNS} FROM assignment_matches WHERE assignment_id = $1
        ORDER BY rank ASC NULLS LAST, score DESC, interim_id LIMIT $2`,
      [assignmentId, limit],
    );
    return rows.map(toMatch);
  }

  /** One interim's matches with published assignments, best first. */
  async forInterim(
    interimId: string,
    window: { skip: number; take: number },
  ): Promise<{ matches: StoredMatch[]; total: number }> {
    const where = `m.interim_id = $1 AND EXISTS (
      SELECT 1 FROM assignments a WHERE a.id = m.assignment_id AND a.status = 'published')`;
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM assignment_matches m WHERE ${where}`,
      [interimId],
    );
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM assignment_matches m WHERE ${where}
        ORDER BY m.score DESC, m.assignment_id LIMIT $2 OFFSET $3`,
      [interimId, window.take, window.skip],
    );
    return { matches: rows.map(toMatch), total };
  }

  /** The stored match of one interim for one assignment, if any. */
  async get(assignmentId: string, interimId: string): Promise<StoredMatch | null> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM assignment_matches WHERE assignment_id = $1 AND interim_id = $2`,
      [assignmentId, interimId],
    );
    return rows[0] ? toMatch(rows[0]) : null;
  }
}
