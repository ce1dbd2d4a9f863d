import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TrackRecordSource } from '@gilde/contracts';

/**
 * interim_track_records, owned by matching: refreshed from the contracts library's account of
 * reviews and completed contracts. An interim without either has a record of zeros.
 */
@Injectable()
export class TrackRecordsService {
  constructor(private readonly source: TrackRecordSource) {}

  async refresh(manager: EntityManager, interimId: string): Promise<void> {
    const record = await this.source.trackRecordOf(interimId, manager);
    const exists: unknown[] = await manager.query(
      `SELECT 1 FROM users WHERE id = $1 AND erased_at IS NULL`,
      [interimId],
    );
    if (!exists.length) return;
    await manager.query(
      `INSERT INTO interim_track_records AS t (interim_id, review_count, rating_sum, rating_avg,
              completed_count, completed_by_kind, completed_by_sector, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, now())
       ON CONFLICT (interim_id) DO UPDATE SET
              review_count = EXCLUDED.review_count, rating_sum = EXCLUDED.rating_sum,
              rating_avg = EXCLUDED.rating_avg, completed_count = EXCLUDED.completed_count,
              completed_by_kind = EXCLUDED.completed_by_kind,
              completed_by_sector = EXCLUDED.completed_by_sector, updated_at = now()`,
      [
        interimId,
        record.reviewCount,
        record.ratingSum,
        record.reviewCount ? record.ratingSum / record.reviewCount : null,
        record.completedCount,
        JSON.stringify(record.completedByKind),
        JSON.stringify(record.completedBySector),
      ],
    );
  }
}
