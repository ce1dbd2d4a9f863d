import { EmailAttemptFailed } from './email-attempt-failed.error';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UserDirectory } from '@gilde/identity';
import { sql } from '@gilde/kernel';
import { MatchAlertSettings } from '@gilde/profiles';
import { channelDecision, effectivePreference } from '../domain/effective-preference';
import { NotificationKind, SKIP_REASONS, TemplateKey } from '../domain/notification-kinds';
import { NotificationParams } from '../entities/notification.entity';
import { MailDeliveryError } from '../mail/mail-delivery.error';
import { MailerService } from '../mail/mailer.service';
import { NotificationEmailsService } from '../mail/notification-emails.service';
import { SendPermitsService } from '../mail/send-permits.service';
import { asLocale } from '../templates/template-text';

export type SendResult = 'sent' | 'skipped' | 'done' | 'busy';

/**
 * Sends one instant e-mail that is still pending (SMTP mode, or a retried failure). The
 * delivery row stays locked while the message is handed over, so two workers running the
 * same job cannot both send it; if the process dies, PostgreSQL releases the lock and the
 * retry sends it. Consent is checked again here, at send time.
 */
@Injectable()
export class InstantEmailSenderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: MailerService,
    private readonly emails: NotificationEmailsService,
    private readonly permits: SendPermitsService,
    private readonly users: UserDirectory,
    private readonly alertSettings: MatchAlertSettings,
  ) {}

  async sendPending(notificationId: string, finalAttempt: boolean): Promise<SendResult> {
    try {
      return await this.permits.run(() => this.attempt(notificationId));
    } catch (err) {
      if (!(err instanceof MailDeliveryError)) throw err;
      const failed = err.permanent || finalAttempt;
      await sql(this.dataSource)
        .updateTable('notificationDeliveries')
        .set((eb) => ({
          attempts: eb('attempts', '+', 1),
          lastError: err.message.slice(0, 1000),
          updatedAt: eb.fn('now'),
          state: failed ? 'failed' : 'pending',
        }))
        .where('notificationId', '=', notificationId)
        .where('channel', '=', 'email')
        .where('state', 'in', ['pending', 'failed'])
        .execute();
      throw new EmailAttemptFailed(err.message, err.permanent);
    }
  }

  private attempt(notificationId: string): Promise<SendResult> {
    return this.dataSource.transaction(async (manager) => {
      const db = sql(manager);
      const row = await db
        .selectFrom('notificationDeliveries as d')
        .innerJoin('notifications as n', 'n.id', 'd.notificationId')
        .leftJoin('notificationPreferences as p', (j) =>
          j.onRef('p.userId', '=', 'n.recipientId').onRef('p.kind', '=', 'n.kind'),
        )
        .select([
          'd.state',
          'd.mode',
          'n.template',
          'n.kind',
          'n.params',
          'n.link',
          'n.recipientId',
          'p.channels',
          'p.frequency',
        ])
        .where('d.notificationId', '=', notificationId)
        .where('d.channel', '=', 'email')
        .forUpdate('d')
        .skipLocked()
        .executeTakeFirst();
      if (!row) {
        const seen = await db
          .selectFrom('notificationDeliveries')
          .select('state')
          .where('notificationId', '=', notificationId)
          .where('channel', '=', 'email')
          .executeTakeFirst();
        // Still pending but locked: another worker is sending it right now.
        return seen && (seen.state === 'pending' || seen.state === 'failed') ? 'busy' : 'done';
      }
      if (row.mode !== 'instant' || (row.state !== 'pending' && row.state !== 'failed'))
        return 'done';
      const kind = row.kind as NotificationKind;
      // One after the other: they share the transaction's connection.
      const contacts = await this.users.contacts([row.recipientId], manager);
      const alerts =
        kind === 'match' ? await this.alertSettings.forUsers([row.recipientId], manager) : null;
      const recipient = contacts.get(row.recipientId);

      const skip = async (reason: string): Promise<SendResult> => {
        await db
          .updateTable('notificationDeliveries')
          .set((eb) => ({ state: 'skipped', reason, updatedAt: eb.fn('now') }))
          .where('notificationId', '=', notificationId)
          .where('channel', '=', 'email')
          .execute();
        return 'skipped';
      };
      // The notification's recipient is a user (foreign key), so no contact means erased.
      if (!recipient || recipient.erased) return skip(SKIP_REASONS.recipientErased);
      const stored =
        row.channels && row.frequency
          ? { channels: row.channels, frequency: row.frequency }
          : undefined;
      const pref = effectivePreference(recipient.accountType, kind, stored);
      if (channelDecision(pref).email === 'off') return skip(SKIP_REASONS.preferenceOff);
      if (alerts?.get(row.recipientId)?.notify === 'off')
        return skip(SKIP_REASONS.profileNotifyOff);
      if (!recipient.email) return skip(SKIP_REASONS.noEmailAddress);

      const mail = this.emails.forNotification(
        notificationId,
        row.template as TemplateKey,
        row.params as NotificationParams,
        row.link,
        {
          id: row.recipientId,
          email: recipient.email,
          name: recipient.displayName,
          locale: asLocale(recipient.locale),
        },
      );
      if (this.mailer.usesMailbox) await this.mailer.storeInMailbox([mail], manager);
      else await this.mailer.deliver(mail);
      await db
        .updateTable('notificationDeliveries')
        .set((eb) => ({
          state: 'sent',
          attempts: eb('attempts', '+', 1),
          sentAt: eb.fn('now'),
          lastError: null,
          updatedAt: eb.fn('now'),
        }))
        .where('notificationId', '=', notificationId)
        .where('channel', '=', 'email')
        .execute();
      return 'sent';
    });
  }
}
