import { Injectable } from '@nestjs/common';
import { HandlesJob, INTERNAL_JOBS, JobHandler, QUEUES } from '@gilde/kernel';
import { SearchIndexerService } from './search-indexer.service';

/** Hourly: documents the engine holds that PostgreSQL no longer has are removed. Idempotent. */
@Injectable()
@HandlesJob(QUEUES.searchIndex, INTERNAL_JOBS.searchReconcile)
export class SearchReconcileHandler implements JobHandler {
  constructor(private readonly indexer: SearchIndexerService) {}

  handle(): Promise<{ profiles: number; assignments: number }> {
    return this.indexer.reconcile();
  }
}
