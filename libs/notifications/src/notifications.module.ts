import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityCoreModule, IdentityModule, UserDirectory } from '@gilde/identity';
import { DevMailboxController } from './api/dev-mailbox.controller';
import { NotificationStreamController } from './api/notification-stream.controller';
import { NotificationsController } from './api/notifications.controller';
import { NotificationsService } from './api/notifications.service';
import { PreferencesController } from './api/preferences.controller';
import { PreferencesService } from './api/preferences.service';
import { UnsubscribeController } from './api/unsubscribe.controller';
import { UnsubscribeFormParser } from './api/unsubscribe-form.parser';
import { DigestSchedulesService } from './digest/digest-schedules.service';
import { NOTIFICATION_ENTITIES } from './entities';
import { MailboxMessage } from './mail/mailbox-message.entity';
import { NotificationPublisherService } from './stream/notification-publisher.service';
import { NotificationStreamHub } from './stream/notification-stream.hub';
import { RequestAuthenticatorService } from './stream/request-authenticator.service';
import { StreamTokensService } from './tokens/stream-tokens.service';
import { UnsubscribeTokensService } from './tokens/unsubscribe-tokens.service';
import { AssignmentSummaries } from '@gilde/assignments';
import { ContractFacts } from '@gilde/contracts';
import { StoredMatches } from '@gilde/matching';
import { MatchAlertSettings } from '@gilde/profiles';
import { RedisModule } from '@gilde/kernel';
import { DigestService } from './digest/digest.service';
import { NotificationDigestSchedulesHandler } from './digest/notification-digest-schedules.handler';
import { NotificationDigestSendHandler } from './digest/notification-digest-send.handler';
import { NotificationDigestHandler } from './digest/notification-digest.handler';
import { InvitationMailHandler } from './invitations/invitation-mail.handler';
import { AccountVerificationMailHandler } from './accounts/account-verification-mail.handler';
import { PasswordChangedMailHandler } from './accounts/password-changed-mail.handler';
import { PasswordResetMailHandler } from './accounts/password-reset-mail.handler';
import { AccountMailSender } from './accounts/account-mail.sender';
import { MailerService } from './mail/mailer.service';
import { NotificationEmailsService } from './mail/notification-emails.service';
import { SendPermitsService } from './mail/send-permits.service';
import { FanOutReconcilerService } from './pipeline/fan-out-reconciler.service';
import { InstantEmailSenderService } from './pipeline/instant-email-sender.service';
import { NotificationDeliverHandler } from './pipeline/notification-deliver.handler';
import { NotificationErasureHandler } from './pipeline/notification-erasure.handler';
import { NotificationRetentionHandler } from './pipeline/notification-retention.handler';
import { NotificationFanOutHandler } from './pipeline/notification-fan-out.handler';
import { NotificationPlannerService } from './pipeline/notification-planner.service';
import { NotificationReconcileHandler } from './pipeline/notification-reconcile.handler';
import { NotificationSchedulesService } from './pipeline/notification-schedules.service';
import { NotificationSourcesService } from './pipeline/notification-sources.service';
import { NotificationWriterService } from './pipeline/notification-writer.service';
import { NotifyQueueService } from './pipeline/notify-queue.service';
import { RecipientResolverService } from './pipeline/recipient-resolver.service';

/** The HTTP side: inbox, live stream, preferences, unsubscribe links and the dev mailbox. */
@Module({
  imports: [TypeOrmModule.forFeature([MailboxMessage, ...NOTIFICATION_ENTITIES]), IdentityModule],
  controllers: [
    NotificationsController,
    NotificationStreamController,
    PreferencesController,
    UnsubscribeController,
    DevMailboxController,
  ],
  providers: [
    UserDirectory,
    NotificationsService,
    PreferencesService,
    NotificationPublisherService,
    NotificationStreamHub,
    RequestAuthenticatorService,
    StreamTokensService,
    UnsubscribeTokensService,
    DigestSchedulesService,
    UnsubscribeFormParser,
  ],
  exports: [NotificationStreamHub],
})
export class NotificationsModule {}

/** Job handlers that notify people; loaded by the worker. */
@Module({
  imports: [
    TypeOrmModule.forFeature([MailboxMessage, ...NOTIFICATION_ENTITIES]),
    IdentityCoreModule,
    RedisModule,
  ],
  providers: [
    // The owning libraries' readers: they need nothing but the data source.
    UserDirectory,
    AssignmentSummaries,
    StoredMatches,
    ContractFacts,
    MatchAlertSettings,
    MailerService,
    NotificationEmailsService,
    SendPermitsService,
    UnsubscribeTokensService,
    NotificationPublisherService,
    NotificationSourcesService,
    NotificationPlannerService,
    NotificationWriterService,
    InstantEmailSenderService,
    RecipientResolverService,
    NotifyQueueService,
    FanOutReconcilerService,
    DigestService,
    DigestSchedulesService,
    NotificationSchedulesService,
    InvitationMailHandler,
    AccountMailSender,
    AccountVerificationMailHandler,
    PasswordResetMailHandler,
    PasswordChangedMailHandler,
    NotificationFanOutHandler,
    NotificationDeliverHandler,
    NotificationDigestHandler,
    NotificationDigestSendHandler,
    NotificationDigestSchedulesHandler,
    NotificationReconcileHandler,
    NotificationErasureHandler,
    NotificationRetentionHandler,
  ],
  exports: [MailerService, FanOutReconcilerService, DigestSchedulesService],
})
export class NotificationsWorkerModule {}
