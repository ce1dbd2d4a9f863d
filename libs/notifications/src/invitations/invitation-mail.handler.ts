import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { OrganisationsService } from '@gilde/identity';
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

const ROLE_NAMES: Record<string, string> = {
  admin: 'organisation admin',
  hiring_manager: 'hiring manager',
  procurement: 'procurement desk',
};

/** Sends the invitation e-mail, once, while the invitation is still open. */
@Injectable()
@HandlesJob(QUEUES.notifications, EVENTS.invitationCreated)
export class InvitationMailHandler implements JobHandler<
  EventJobData<typeof EVENTS.invitationCreated>
> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly mailer: MailerService,
    private readonly config: AppConfig,
  ) {}

  async handle(job: Job<EventJobData<typeof EVENTS.invitationCreated>>): Promise<void> {
    const { eventId, aggregateId } = job.data;
    await runOnce(this.dataSource, eventId, QUEUES.notifications, async (manager) => {
      const invitation = await this.organisations.invitationForMail(aggregateId);
      if (!invitation) return; // accepted or expired meanwhile: nothing to send
      const link = `${this.config.publicUrl}/invitations/${encodeURIComponent(invitation.token)}`;
      const role = ROLE_NAMES[invitation.role] ?? invitation.role;
      await this.mailer.send(
        {
          to: invitation.email,
          subject: `You are invited to join ${invitation.organisationName} on Gilde`,
          text:
            `You have been invited to join ${invitation.organisationName} on Gilde as ${role}.\n\n` +
            `Accept the invitation: ${link}\n\nThe link works once and expires on ${invitation.expiresAt.toISOString().slice(0, 10)}.`,
          idempotencyKey: `invitation-${aggregateId}`,
        },
        manager,
      );
    });
  }
}
