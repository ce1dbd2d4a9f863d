import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async trackRecordOf(interimId: string, manager?: EntityManager): Promise<TrackRecord> {
    const db = manager ?? this.dataSource.manager;
    const ratings: { rating: number }[] = await db.query(
      `SELECT rating FROM reviews
        WHERE interim_id = $1 AND author_side = 'organisation'
        ORDER BY created_at, id`,
      [interimId],
    );
    // A series completes once: only its last version can reach 'completed'.
    const completed: { assignment_kind: string | null; sector: string | null }[] = await db.query(
      `SELECT a.assignment_kind, a.sector
         FROM contracts c LEFT JOIN assignments a ON a.id = c.assignment_id
        WHERE c.interim_id = $1 AND c.status = 'completed'`,
      [interimId],
    );
    const count = (key: 'assignment_kind' | 'sector'): Record<string, number> => {
      const out: Record<string, number> = {};
      for (const row of completed) {
        const k = row[key];
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
      completedByKind: count('assignment_kind'),
      completedBySector: count('sector'),
    };
  }
}
