import { Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { EVENTS, EventJobData, HandlesJob, JobHandler, QUEUES } from '@gilde/kernel';
import { verificationMail } from './account-mail-text';
import { AccountMailSender } from './account-mail.sender';

/** Sends the address verification link, once, while it is still open and needed. */
@Injectable()
@HandlesJob(QUEUES.notifications, EVENTS.accountVerificationRequested)
export class AccountVerificationMailHandler implements JobHandler<EventJobData> {
  constructor(private readonly mails: AccountMailSender) {}

  handle(job: Job<EventJobData>): Promise<void> {
    return this.mails.sendLink(job.data, 'verify_email', 'verify-email', verificationMail);
  }
}
