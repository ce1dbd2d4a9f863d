import { Injectable } from '@nestjs/common';
import { sql as expression } from 'kysely';
import { EntityManager } from 'typeorm';
import { TrackRecordSource } from '@gilde/contracts';
import { UserDirectory } from '@gilde/identity';
import { sql } from '@gilde/kernel';

/**
 * interim_track_records, owned by matching: refreshed from the contracts library's account of
 * reviews and completed contracts. An interim without either has a record of zeros.
 */
@Injectable()
export class TrackRecordsService {
  constructor(
    private readonly source: TrackRecordSource,
    private readonly users: UserDirectory,
  ) {}

  async refresh(manager: EntityManager, interimId: string): Promise<void> {
    const record = await this.source.trackRecordOf(interimId, manager);
    if (!(await this.users.activeIds([interimId], manager)).has(interimId)) return;
    const values = {
      reviewCount: record.reviewCount,
      ratingSum: record.ratingSum,
      ratingAvg: record.reviewCount ? record.ratingSum / record.reviewCount : null,
      completedCount: record.completedCount,
      completedByKind: JSON.stringify(record.completedByKind),
      completedBySector: JSON.stringify(record.completedBySector),
      updatedAt: expression<Date>`now()`,
    };
    await sql(manager)
      .insertInto('interimTrackRecords')
      .values({ interimId, ...values })
      .onConflict((oc) => oc.column('interimId').doUpdateSet(values))
      .execute();
  }
}
