import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AssignmentSummaries } from '@gilde/assignments';
import { sql } from '@gilde/kernel';

export interface TrackRecord {
  reviewCount: number;
  ratingSum: number;
  /** Overall ratings the interim received from organisations, oldest first. */
  ratings: number[];
  /** Completed contracts (an extended contract counts once). */
  completedCount: number;
  completedByKind: Record<string, number>;
  completedBySector: Record<string, number>;
}

/**
 * An interim manager's track record as contracts know it. Matching owns interim_track_records
 * and refreshes it from here on review.submitted and contract.completed.
 */
@Injectable()
export class TrackRecordSource {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assignments: AssignmentSummaries,
  ) {}

  async trackRecordOf(interimId: string, manager?: EntityManager): Promise<TrackRecord> {
    const db = sql(manager ?? this.dataSource);
    const ratings = await db
      .selectFrom('reviews')
      .select('rating')
      .where('interimId', '=', interimId)
      .where('authorSide', '=', 'organisation')
      .orderBy('createdAt')
      .orderBy('id')
      .execute();
    // A series completes once: only its last version can reach 'completed'.
    const contracts = await db
      .selectFrom('contracts')
      .select('assignmentId')
      .where('interimId', '=', interimId)
      .where('status', '=', 'completed')
      .execute();
    const assignments = await this.assignments.byIds(
      contracts.map((c) => c.assignmentId),
      manager,
    );
    const completed = contracts.map((c) => assignments.get(c.assignmentId));
    const count = (key: 'assignmentKind' | 'sector'): Record<string, number> => {
      const out: Record<string, number> = {};
      for (const assignment of completed) {
        const k = assignment?.[key];
        if (k) out[k] = (out[k] ?? 0) + 1;
      }
      return out;
    };
    const values = ratings.map((r) => Number(r.rating));
    return {
      reviewCount: values.length,
      ratingSum: values.reduce((a, b) => a + b, 0),
      ratings: values,
      completedCount: completed.length,
      completedByKind: count('assignmentKind'),
      completedBySector: count('sector'),
    };
  }
}
