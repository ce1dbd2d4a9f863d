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
import { DigestSchedules } from './digest/digest-schedules.service';
import { NOTIFICATION_ENTITIES } from './entities';
import { MailboxMessage } from './mail/mailbox-message.entity';
import { NotificationPublisher } from './stream/notification-publisher.service';
import { NotificationStreamHub } from './stream/notification-stream.hub';
import { RequestAuthenticator } from './stream/request-authenticator.service';
import { StreamTokens } from './tokens/stream-tokens.service';
import { UnsubscribeTokens } from './tokens/unsubscribe-tokens.service';
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
import { NotificationEmails } from './mail/notification-emails.service';
import { SendPermits } from './mail/send-permits.service';
import { FanOutReconciler } from './pipeline/fan-out-reconciler.service';
import { InstantEmailSender } from './pipeline/instant-email-sender.service';
import { NotificationDeliverHandler } from './pipeline/notification-deliver.handler';
import { NotificationErasureHandler } from './pipeline/notification-erasure.handler';
import { NotificationRetentionHandler } from './pipeline/notification-retention.handler';
import { NotificationFanOutHandler } from './pipeline/notification-fan-out.handler';
import { NotificationPlanner } from './pipeline/notification-planner.service';
import { NotificationReconcileHandler } from './pipeline/notification-reconcile.handler';
import { NotificationSchedules } from './pipeline/notification-schedules.service';
import { NotificationSources } from './pipeline/notification-sources.service';
import { NotificationWriter } from './pipeline/notification-writer.service';
import { NotifyQueue } from './pipeline/notify-queue.service';
import { RecipientResolver } from './pipeline/recipient-resolver.service';

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
    NotificationPublisher,
    NotificationStreamHub,
    RequestAuthenticator,
    StreamTokens,
    UnsubscribeTokens,
    DigestSchedules,
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
    NotificationEmails,
    SendPermits,
    UnsubscribeTokens,
    NotificationPublisher,
    NotificationSources,
    NotificationPlanner,
    NotificationWriter,
    InstantEmailSender,
    RecipientResolver,
    NotifyQueue,
    FanOutReconciler,
    DigestService,
    DigestSchedules,
    NotificationSchedules,
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
  exports: [MailerService, FanOutReconciler, DigestSchedules],
})
export class NotificationsWorkerModule {}
