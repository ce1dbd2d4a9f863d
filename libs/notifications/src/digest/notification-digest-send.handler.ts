import { Injectable } from '@nestjs/common';
import { DelayedError, Job, UnrecoverableError } from 'bullmq';
import { HandlesJob, INTERNAL_JOBS, JobHandler, QUEUES } from '@gilde/kernel';
import { EmailAttemptFailed } from '../pipeline/email-attempt-failed.error';
import { DigestSendJobData } from '../pipeline/notify-jobs';
import { DigestResult, DigestService } from './digest.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Sends one person's digest for one local day. */
@Injectable()
@HandlesJob(QUEUES.notify, INTERNAL_JOBS.notificationDigestSend)
export class NotificationDigestSendHandler implements JobHandler<DigestSendJobData> {
  constructor(private readonly digests: DigestService) {}

  async handle(job: Job<DigestSendJobData>): Promise<DigestResult> {
    const { recipientId, localDate, timeZone } = job.data ?? ({} as DigestSendJobData);
    if (
      typeof recipientId !== 'string' ||
      !UUID.test(recipientId) ||
      typeof localDate !== 'string' ||
      !/^\d{4}-\d{2}-\d{2}$/.test(localDate) ||
      typeof timeZone !== 'string'
    ) {
      throw new UnrecoverableError('Malformed digest job');
    }
    const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    let result: DigestResult;
    try {
      result = await this.digests.send(recipientId, localDate, timeZone, finalAttempt);
    } catch (err) {
      if (err instanceof EmailAttemptFailed && err.permanent)
        throw new UnrecoverableError(err.message);
      throw err;
    }
    if (result.state === 'busy') {
      await job.moveToDelayed(Date.now() + 2_000, job.token);
      throw new DelayedError();
    }
    return result;
  }
}
