import { Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { EVENTS, EventJobData, HandlesJob, JobHandler, QUEUES } from '@gilde/kernel';
import { AccountMailSender } from './account-mail.sender';

/** Tells the owner that the password changed, when and from where: a stranger's change shows. */
@Injectable()
@HandlesJob(QUEUES.notifications, EVENTS.accountPasswordChanged)
export class PasswordChangedMailHandler implements JobHandler<EventJobData> {
  constructor(private readonly mails: AccountMailSender) {}

  handle(job: Job<EventJobData>): Promise<void> {
    return this.mails.sendPasswordChanged(job.data);
  }
}
