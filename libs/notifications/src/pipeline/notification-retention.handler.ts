import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { EVENTS, EventJobData, HandlesJob, JobHandler, QUEUES, runOnce, sql } from '@gilde/kernel';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A response deleted by the retention schedule takes its notifications with it (to the hiring
 * managers and to the interim, with their per-channel states): a notification about a response
 * would otherwise outlive it.
 */
@Injectable()
@HandlesJob(QUEUES.notifications, EVENTS.responsePurged)
export class NotificationRetentionHandler implements JobHandler<
  EventJobData<typeof EVENTS.responsePurged>
> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async handle(job: Job<EventJobData<typeof EVENTS.responsePurged>>): Promise<void> {
    const { eventId, aggregateId } = job.data;
    await runOnce(this.dataSource, eventId, QUEUES.notifications, async (manager) => {
      if (!UUID.test(aggregateId)) return;
      await sql(manager)
        .deleteFrom('notifications')
        .where('subjectType', '=', 'response')
        .where('subjectId', '=', aggregateId)
        .execute();
    });
  }
}
