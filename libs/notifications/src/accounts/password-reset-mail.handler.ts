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
import { passwordResetMail } from './account-mail-text';

/** Sends the password reset link, once, while it is still open. */
@Injectable()
@HandlesJob(QUEUES.notifications, EVENTS.accountPasswordResetRequested)
export class PasswordResetMailHandler implements JobHandler<EventJobData> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountMailService,
    private readonly mailer: MailerService,
    private readonly config: AppConfig,
  ) {}

  async handle(job: Job<EventJobData>): Promise<void> {
    const { eventId, aggregateId } = job.data;
    await runOnce(this.dataSource, eventId, QUEUES.notifications, async (manager) => {
      const mail = await this.accounts.linkForMail(aggregateId, 'password_reset');
      if (!mail) return;
      const link = `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(mail.token)}`;
      const { subject, text } = passwordResetMail(mail, link);
      await this.mailer.send(
        { to: mail.email, subject, text, idempotencyKey: `reset-password-${aggregateId}` },
        manager,
      );
    });
  }
}
