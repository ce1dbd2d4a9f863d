import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { INTERNAL_JOBS, QUEUES, QueuesService } from '@gilde/kernel';
import { DigestSchedulesService } from '../digest/digest-schedules.service';

/** At worker start: the periodic notification jobs and the digest schedulers exist. */
@Injectable()
export class NotificationSchedulesService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NotificationSchedulesService.name);
  private settingUp: Promise<void> = Promise.resolve();

  constructor(
    private readonly queues: QueuesService,
    private readonly digests: DigestSchedulesService,
  ) {}

  /**
   * Not awaited: with Redis down at boot BullMQ waits for it without a bound, and the worker
   * must still finish starting. The upserts then complete once Redis is reachable.
   */
  onApplicationBootstrap(): void {
    this.settingUp = this.setUp();
  }

  /** A stopping worker lets the set-up finish before its connections close. */
  async onApplicationShutdown(): Promise<void> {
    await this.settingUp;
  }

  private async setUp(): Promise<void> {
    const queue = this.queues.get(QUEUES.notify);
    try {
      await queue.upsertJobScheduler(
        'notification-reconcile',
        { every: 5 * 60_000 },
        { name: INTERNAL_JOBS.notificationReconcile, data: {} },
      );
      await queue.upsertJobScheduler(
        'notification-digest-schedules',
        { every: 60 * 60_000 },
        { name: INTERNAL_JOBS.notificationDigestSchedules, data: {} },
      );
      await this.digests.sync();
    } catch (err) {
      // Redis may still be starting; the hourly job (or the next start) catches up.
      this.logger.warn(
        `Could not set up the notification schedules yet: ${(err as Error).message}`,
      );
    }
  }
}
