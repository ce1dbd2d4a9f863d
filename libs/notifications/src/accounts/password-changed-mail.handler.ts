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
import { passwordChangedMail } from './account-mail-text';

/** Tells the owner that the password changed, when and from where: a stranger's change shows. */
@Injectable()
@HandlesJob(QUEUES.notifications, EVENTS.accountPasswordChanged)
export class PasswordChangedMailHandler implements JobHandler<EventJobData> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountMailService,
    private readonly mailer: MailerService,
    private readonly config: AppConfig,
  ) {}

  async handle(job: Job<EventJobData>): Promise<void> {
    const { eventId, aggregateId } = job.data;
    await runOnce(this.dataSource, eventId, QUEUES.notifications, async (manager) => {
      const mail = await this.accounts.securityEventForMail(aggregateId);
      if (!mail) return;
      const { subject, text } = passwordChangedMail(
        mail,
        `${this.config.publicUrl}/forgot-password`,
      );
      await this.mailer.send(
        { to: mail.email, subject, text, idempotencyKey: `password-changed-${aggregateId}` },
        manager,
      );
    });
  }
}
