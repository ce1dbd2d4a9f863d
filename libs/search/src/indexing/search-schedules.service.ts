import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { INTERNAL_JOBS, QUEUES, QueuesService } from '@gilde/kernel';

/** At worker start: the index reconciler's schedule exists (one scheduler, however many workers). */
@Injectable()
export class SearchSchedulesService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SearchSchedulesService.name);
  private settingUp: Promise<void> = Promise.resolve();

  constructor(private readonly queues: QueuesService) {}

  /** Not awaited: with Redis down at boot BullMQ waits for it, and the worker must still start. */
  onApplicationBootstrap(): void {
    this.settingUp = this.queues
      .get(QUEUES.searchIndex)
      .upsertJobScheduler(
        'search-reconcile',
        { every: 60 * 60_000 },
        { name: INTERNAL_JOBS.searchReconcile, data: {} },
      )
      .then(() => undefined)
      .catch((err: Error) =>
        this.logger.warn(`Could not schedule the search reconciler yet: ${err.message}`),
      );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.settingUp;
  }
}
