import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { sql } from '@gilde/kernel';

/** A stored match as other libraries may read it. */
export interface MatchFact {
  assignmentId: string;
  interimId: string;
  /** Rounded to a whole number. */
  score: number;
  reciprocal: boolean;
  explanation: { en?: string[]; nl?: string[] } | null;
}

/** Where a page of ranked matches ended: the next page starts after it. */
export interface RankCursor {
  rank: number;
  interimId: string;
}

/**
 * Stored matches for other libraries: by (assignment, interim) pairs, or the ranked list of an
 * assignment in pages, best first (a fan-out of thousands reads them a page at a time).
 */
@Injectable()
export class StoredMatches {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(manager?: EntityManager) {
    return sql(manager ?? this.dataSource);
  }

  /** The stored matches of these pairs; keyed `${assignmentId}:${interimId}`. */
  async byPairs(
    pairs: { assignmentId: string; interimId: string }[],
    manager?: EntityManager,
  ): Promise<Map<string, MatchFact>> {
    if (!pairs.length) return new Map();
    const assignmentIds = [...new Set(pairs.map((p) => p.assignmentId))];
    const interimIds = [...new Set(pairs.map((p) => p.interimId))];
    const wanted = new Set(pairs.map((p) => `${p.assignmentId}:${p.interimId}`));
    // Usually one assignment and its recipients: the cross product is the pairs asked for.
    const rows = await this.db(manager)
      .selectFrom('assignmentMatches')
      .select(['assignmentId', 'interimId', 'score', 'reciprocal', 'explanation'])
      .where('assignmentId', '=', (eb) => eb.fn.any(eb.val(assignmentIds)))
      .where('interimId', '=', (eb) => eb.fn.any(eb.val(interimIds)))
      .execute();
    const out = new Map<string, MatchFact>();
    for (const r of rows) {
      const key = `${r.assignmentId}:${r.interimId}`;
      if (!wanted.has(key)) continue;
      out.set(key, {
        assignmentId: r.assignmentId,
        interimId: r.interimId,
        score: Math.round(Number(r.score)),
        reciprocal: r.reciprocal,
        explanation: r.explanation as MatchFact['explanation'],
      });
    }
    return out;
  }

  /**
   * One page of an assignment's ranked (within budget), reciprocal matches, best rank first,
   * after `after`; `onlyInterimId` narrows it to one interim manager.
   */
  async rankedPage(
    assignmentId: string,
    options: { after?: RankCursor | null; limit: number; onlyInterimId?: string | null },
    manager?: EntityManager,
  ): Promise<{ interimId: string; rank: number }[]> {
    let query = this.db(manager)
      .selectFrom('assignmentMatches')
      .select(['interimId', 'rank'])
      .where('assignmentId', '=', assignmentId)
      .where('reciprocal', '=', true)
      .where('rank', 'is not', null);
    if (options.onlyInterimId) query = query.where('interimId', '=', options.onlyInterimId);
    const after = options.after;
    if (after) {
      query = query.where((eb) =>
        eb(eb.refTuple('rank', 'interimId'), '>', eb.tuple(after.rank, after.interimId)),
      );
    }
    const rows = await query.orderBy('rank').orderBy('interimId').limit(options.limit).execute();
    return rows.map((r) => ({ interimId: r.interimId, rank: r.rank as number }));
  }
}
