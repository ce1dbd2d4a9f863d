import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { HandlesJob, INTERNAL_JOBS, JobHandler, QUEUES, QueuesService } from '@gilde/kernel';
import { DEFAULT_TIME_ZONE, isValidTimeZone, localDate } from '../domain/time-zones';
import { DigestJobData, DigestSendJobData, digestSendJobId } from '../pipeline/notify-jobs';
import { DigestSchedules } from './digest-schedules.service';

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
    private readonly schedules: DigestSchedules,
  ) {}

  async handle(job: Job<DigestJobData>): Promise<{ recipients: number }> {
    const timeZone = job.data?.timeZone;
    if (typeof timeZone !== 'string' || !isValidTimeZone(timeZone)) {
      throw new UnrecoverableError('A digest run needs a known time zone');
    }
    // People whose stored zone is unknown get the default zone's digest.
    const known = timeZone === DEFAULT_TIME_ZONE ? await this.schedules.zonesInUse() : [];
    const rows: { recipient_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT n.recipient_id
         FROM notification_deliveries d
         JOIN notifications n ON n.id = d.notification_id
         JOIN users u ON u.id = n.recipient_id
        WHERE d.channel = 'email' AND d.state = 'pending' AND d.mode = 'digest'
          AND (u.time_zone = $1 OR ($2 AND NOT (u.time_zone = ANY($3::text[]))))`,
      [timeZone, timeZone === DEFAULT_TIME_ZONE, known],
    );
    const date = localDate(timeZone);
    const queue = this.queues.get(QUEUES.notify);
    for (let i = 0; i < rows.length; i += 1000) {
      await queue.addBulk(
        rows.slice(i, i + 1000).map((r) => ({
          name: INTERNAL_JOBS.notificationDigestSend,
          data: {
            recipientId: r.recipient_id,
            localDate: date,
            timeZone,
          } satisfies DigestSendJobData,
          opts: { jobId: digestSendJobId(r.recipient_id, date) },
        })),
      );
    }
    return { recipients: rows.length };
  }
}
