import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { EVENTS, EventJobData, HandlesJob, JobHandler, QUEUES, runOnce } from '@gilde/kernel';

/**
 * Erasure reaches the notifications too: the person's notifications (with their per-channel
 * states), digests, daily counters and preferences go. The consent log stays, by id only, as
 * the record that earlier e-mail had consent. Jobs still queued for the person find an
 * erased account when they run and store nothing.
 */
@Injectable()
@HandlesJob(QUEUES.notifications, EVENTS.profileErased)
export class NotificationErasureHandler
  implements JobHandler<EventJobData<typeof EVENTS.profileErased>>
{
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async handle(job: Job<EventJobData<typeof EVENTS.profileErased>>): Promise<void> {
    const { eventId, payload } = job.data;
    const userId = payload.interimId;
    await runOnce(this.dataSource, eventId, QUEUES.notifications, async (manager) => {
      const erased: unknown[] = await manager.query(
        `SELECT 1 FROM users WHERE id = $1 AND erased_at IS NOT NULL`,
        [userId],
      );
      // Only for an account that really was erased; anything else is not ours to delete.
      if (!erased.length) return;
      for (const table of ['notifications', 'notification_digests', 'notification_daily_counts']) {
        await manager.query(`DELETE FROM ${table} WHERE recipient_id = $1`, [userId]);
      }
      await manager.query(`DELETE FROM notification_preferences WHERE user_id = $1`, [userId]);
    });
  }
}
