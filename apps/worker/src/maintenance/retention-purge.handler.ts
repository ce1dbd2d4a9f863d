import { Injectable } from '@nestjs/common';
import { ResponseRetentionService } from '@gilde/assignments';
import { HandlesJob, INTERNAL_JOBS, JobHandler, QUEUES } from '@gilde/kernel';
import { ProfileViewRetentionService } from '@gilde/profiles';

/** Daily: the retention schedule. Idempotent: what is gone is not found again. */
@Injectable()
@HandlesJob(QUEUES.maintenance, INTERNAL_JOBS.retentionPurge)
export class RetentionPurgeHandler implements JobHandler {
  constructor(
    private readonly responses: ResponseRetentionService,
    private readonly profileViews: ProfileViewRetentionService,
  ) {}

  async handle(): Promise<{ purged: number; profileViewsPurged: number }> {
    const { purged } = await this.responses.purge();
    const { purged: profileViewsPurged } = await this.profileViews.purge();
    return { purged, profileViewsPurged };
  }
}
