import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { UserDirectory } from '@gilde/identity';
import { EVENTS, EventJobData, HandlesJob, JobHandler, QUEUES, runOnce, sql } from '@gilde/kernel';

/**
 * Erasure (of an interim's profile or a client user's account) reaches the notifications too: the person's notifications (with their per-channel
 * states), digests, daily counters and preferences go. The consent log stays, by id only, as
 * the record that earlier e-mail had consent. Jobs still queued for the person find an
 * erased account when they run and store nothing.
 */
@Injectable()
@HandlesJob(QUEUES.notifications, EVENTS.profileErased, EVENTS.accountErased)
export class NotificationErasureHandler implements JobHandler<
  EventJobData<typeof EVENTS.profileErased | typeof EVENTS.accountErased>
> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserDirectory,
  ) {}

  async handle(
    job: Job<EventJobData<typeof EVENTS.profileErased | typeof EVENTS.accountErased>>,
  ): Promise<void> {
    const { eventId } = job.data;
    const userId =
      job.data.eventType === EVENTS.accountErased
        ? job.data.payload.userId
        : job.data.payload.interimId;
    await runOnce(this.dataSource, eventId, QUEUES.notifications, async (manager) => {
      // Only for an account that really was erased; anything else is not ours to delete.
      if (!(await this.users.isErased(userId, manager))) return;
      const db = sql(manager);
      for (const table of [
        'notifications',
        'notificationDigests',
        'notificationDailyCounts',
      ] as const) {
        await db.deleteFrom(table).where('recipientId', '=', userId).execute();
      }
      await db.deleteFrom('notificationPreferences').where('userId', '=', userId).execute();
    });
  }
}
