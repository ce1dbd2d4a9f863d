import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { UserDirectory } from '@gilde/identity';
import { HandlesJob, INTERNAL_JOBS, JobHandler, QUEUES, QueuesService, sql } from '@gilde/kernel';
import { DEFAULT_TIME_ZONE, isValidTimeZone, localDate } from '../domain/time-zones';
import { DigestJobData, DigestSendJobData, digestSendJobId } from '../pipeline/notify-jobs';
import { DigestSchedulesService } from './digest-schedules.service';

/**
 * The daily run for one time zone: one digest job per person there with e-mail waiting in
 * digest mode. Job ids carry the person and their local date, so a repeated run that day
 * adds nothing.
 */
@Injectable()
@HandlesJob(QUEUES.notify, INTERNAL_JOBS.notificationDigest)
export class NotificationDigestHandler implements JobHandler<DigestJobData> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueuesService,
    private readonly schedules: DigestSchedulesService,
    private readonly users: UserDirectory,
  ) {}

  async handle(job: Job<DigestJobData>): Promise<{ recipients: number }> {
    const timeZone = job.data?.timeZone;
    if (typeof timeZone !== 'string' || !isValidTimeZone(timeZone)) {
      throw new UnrecoverableError('A digest run needs a known time zone');
    }
    // People whose stored zone is unknown get the default zone's digest.
    const known = timeZone === DEFAULT_TIME_ZONE ? await this.schedules.zonesInUse() : [];
    const waiting = await sql(this.dataSource)
      .selectFrom('notificationDeliveries as d')
      .innerJoin('notifications as n', 'n.id', 'd.notificationId')
      .select('n.recipientId')
      .distinct()
      .where('d.channel', '=', 'email')
      .where('d.state', '=', 'pending')
      .where('d.mode', '=', 'digest')
      .execute();
    const contacts = await this.users.contacts(waiting.map((r) => r.recipientId));
    const recipients = [...contacts.values()]
      .filter(
        (c) =>
          c.timeZone === timeZone ||
          (timeZone === DEFAULT_TIME_ZONE && !known.includes(c.timeZone)),
      )
      .map((c) => c.id);
    const date = localDate(timeZone);
    const queue = this.queues.get(QUEUES.notify);
    for (let i = 0; i < recipients.length; i += 1000) {
      await queue.addBulk(
        recipients.slice(i, i + 1000).map((recipientId) => ({
          name: INTERNAL_JOBS.notificationDigestSend,
          data: {
            recipientId,
            localDate: date,
            timeZone,
          } satisfies DigestSendJobData,
          opts: { jobId: digestSendJobId(recipientId, date) },
        })),
      );
    }
    return { recipients: recipients.length };
  }
}
