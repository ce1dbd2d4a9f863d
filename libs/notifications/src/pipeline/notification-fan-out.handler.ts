import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { EventJobData, HandlesJob, JobHandler, QUEUES, runOnce, sql } from '@gilde/kernel';
import { NotifyQueueService } from './notify-queue.service';
import {
  FAN_OUT_EVENTS,
  FanOutEvent,
  RecipientResolverService,
} from './recipient-resolver.service';

/**
 * An event that notifies people becomes one job per recipient on the notify queue. The jobs
 * are added before the acknowledgement commits: if the add fails, the event is retried, and
 * re-adding jobs that already exist does nothing (their ids are deterministic). The number
 * planned is recorded so the reconciler can tell when Redis lost some of them.
 */
@Injectable()
@HandlesJob(QUEUES.notifications, ...FAN_OUT_EVENTS)
export class NotificationFanOutHandler implements JobHandler<EventJobData<FanOutEvent>> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly resolver: RecipientResolverService,
    private readonly notify: NotifyQueueService,
  ) {}

  async handle(
    job: Job<EventJobData<FanOutEvent>>,
  ): Promise<{ planned: number } | { duplicate: true }> {
    const event = job.data;
    let planned = 0;
    const first = await runOnce(
      this.dataSource,
      event.eventId,
      QUEUES.notifications,
      async (manager) => {
        // Each page is enqueued as soon as it is known: workers start on the first people
        // while the rest of a large fan-out is still being read.
        for await (const page of this.resolver.deliveryPages(event, manager)) {
          if (!page.length) continue;
          await this.notify.addDeliveries(page);
          planned += page.length;
        }
        if (!planned) return;
        await sql(manager)
          .insertInto('notificationFanOuts')
          .values({ eventId: event.eventId, eventType: event.eventType, planned })
          .onConflict((oc) => oc.column('eventId').doNothing())
          .execute();
      },
    );
    return first ? { planned } : { duplicate: true };
  }
}
