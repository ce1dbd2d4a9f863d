import { Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { EVENTS, EventJobData, HandlesJob, JobHandler, QUEUES } from '@gilde/kernel';
import { passwordResetMail } from './account-mail-text';
import { AccountMailSender } from './account-mail.sender';

/** Sends the password reset link, once, while it is still open. */
@Injectable()
@HandlesJob(QUEUES.notifications, EVENTS.accountPasswordResetRequested)
export class PasswordResetMailHandler implements JobHandler<EventJobData> {
  constructor(private readonly mails: AccountMailSender) {}

  handle(job: Job<EventJobData>): Promise<void> {
    return this.mails.sendLink(job.data, 'password_reset', 'reset-password', passwordResetMail);
  }
}
