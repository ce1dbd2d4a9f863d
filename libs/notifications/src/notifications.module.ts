import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityCoreModule } from '@gilde/identity';
import { InvitationMailHandler } from './invitations/invitation-mail.handler';
import { MailboxMessage } from './mail/mailbox-message.entity';
import { MailerService } from './mail/mailer.service';

/** Job handlers that notify people; loaded by the worker. */
@Module({
  imports: [TypeOrmModule.forFeature([MailboxMessage]), IdentityCoreModule],
  providers: [MailerService, InvitationMailHandler],
  exports: [MailerService],
})
export class NotificationsWorkerModule {}
