import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { AccountMailService } from '@gilde/identity';
import {
  AppConfig,
  EVENTS,
  EventJobData,
  HandlesJob,
  JobHandler,
  QUEUES,
  runOnce,
} from '@gilde/kernel';
import { MailerService } from '../mail/mailer.service';
import { verificationMail } from './account-mail-text';

/** Sends the address verification link, once, while it is still open and needed. */
@Injectable()
@HandlesJob(QUEUES.notifications, EVENTS.accountVerificationRequested)
export class AccountVerificationMailHandler implements JobHandler<EventJobData> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountMailService,
    private readonly mailer: MailerService,
    private readonly config: AppConfig,
  ) {}

  async handle(job: Job<EventJobData>): Promise<void> {
    const { eventId, aggregateId } = job.data;
    await runOnce(this.dataSource, eventId, QUEUES.notifications, async (manager) => {
      const mail = await this.accounts.linkForMail(aggregateId, 'verify_email');
      if (!mail) return;
      const link = `${this.config.publicUrl}/verify-email?token=${encodeURIComponent(mail.token)}`;
      const { subject, text } = verificationMail(mail, link);
      await this.mailer.send(
        { to: mail.email, subject, text, idempotencyKey: `verify-email-${aggregateId}` },
        manager,
      );
    });
  }
}
