import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule, UserDirectory } from '@gilde/identity';
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
export class NotificationsApiModule {}
