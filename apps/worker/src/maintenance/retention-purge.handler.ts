import { Injectable } from '@nestjs/common';
import { ResponseRetention } from '@gilde/assignments';
import { HandlesJob, INTERNAL_JOBS, JobHandler, QUEUES } from '@gilde/kernel';

/** Daily: the retention schedule. Idempotent: what is gone is not found again. */
@Injectable()
@HandlesJob(QUEUES.maintenance, INTERNAL_JOBS.retentionPurge)
export class RetentionPurgeHandler implements JobHandler {
  constructor(private readonly responses: ResponseRetention) {}

  handle(): Promise<{ purged: number }> {
    return this.responses.purge();
  }
}
