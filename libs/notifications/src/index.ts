export * from './mail/mailbox-message.entity';
export * from './mail/mailer.service';
export * from './notifications.module';
