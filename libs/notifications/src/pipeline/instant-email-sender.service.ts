import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccountKind } from '../domain/default-preferences';
import {
  StoredPreference,
  channelDecision,
  effectivePreference,
} from '../domain/effective-preference';
import { NotificationKind, SKIP_REASONS, TemplateKey } from '../domain/notification-kinds';
import { NotificationParams } from '../entities/notification.entity';
import { MailDeliveryError, MailerService } from '../mail/mailer.service';
import { NotificationEmails } from '../mail/notification-emails.service';
import { SendPermits } from '../mail/send-permits.service';
import { asLocale } from '../templates/template-text';

export type SendResult = 'sent' | 'skipped' | 'done' | 'busy';

interface PendingRow {
  state: string;
  mode: string | null;
  template: TemplateKey;
  kind: NotificationKind;
  params: NotificationParams;
  link: string;
  recipient_id: string;
  email: string | null;
  display_name: string;
  locale: string;
  account_type: AccountKind;
  erased: boolean;
  pref: StoredPreference | null;
  profile_notify: string | null;
}

/** A failed attempt has been recorded; `final` tells whether the delivery is now 'failed'. */
export class EmailAttemptFailed extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'EmailAttemptFailed';
  }
}

/**
 * Sends one instant e-mail that is still pending (SMTP mode, or a retried failure). The
 * delivery row stays locked while the message is handed over, so two workers running the
 * same job cannot both send it; if the process dies, PostgreSQL releases the lock and the
 * retry sends it. Consent is checked again here, at send time.
 */
@Injectable()
export class InstantEmailSender {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: MailerService,
    private readonly emails: NotificationEmails,
    private readonly permits: SendPermits,
  ) {}

  async sendPending(notificationId: string, finalAttempt: boolean): Promise<SendResult> {
    try {
      return await this.permits.run(() => this.attempt(notificationId));
    } catch (err) {
      if (!(err instanceof MailDeliveryError)) throw err;
      const failed = err.permanent || finalAttempt;
      await this.dataSource.query(
        `UPDATE notification_deliveries
            SET attempts = attempts + 1, last_error = $2, updated_at = now(),
                state = CASE WHEN $3 THEN 'failed' ELSE 'pending' END
          WHERE notification_id = $1 AND channel = 'email' AND state IN ('pending', 'failed')`,
        [notificationId, err.message.slice(0, 1000), failed],
      );
      throw new EmailAttemptFailed(err.message, err.permanent);
    }
  }

  private attempt(notificationId: string): Promise<SendResult> {
    return this.dataSource.transaction(async (manager) => {
      const rows: PendingRow[] = await manager.query(
        `SELECT d.state, d.mode, n.template, n.kind, n.params, n.link, n.recipient_id,
                  u.email, u.display_name, u.locale, u.account_type, u.erased_at IS NOT NULL AS erased,
                  (SELECT json_build_object('channels', p.channels, 'frequency', p.frequency)
                     FROM notification_preferences p WHERE p.user_id = u.id AND p.kind = n.kind) AS pref,
                  CASE WHEN n.kind = 'match'
                       THEN (SELECT notify FROM interim_profiles ip WHERE ip.user_id = u.id) END AS profile_notify
             FROM notification_deliveries d
             JOIN notifications n ON n.id = d.notification_id
             JOIN users u ON u.id = n.recipient_id
            WHERE d.notification_id = $1 AND d.channel = 'email'
              FOR UPDATE OF d SKIP LOCKED`,
        [notificationId],
      );
      const row = rows[0];
      if (!row) {
        const seen: { state: string }[] = await manager.query(
          `SELECT state FROM notification_deliveries WHERE notification_id = $1 AND channel = 'email'`,
          [notificationId],
        );
        // Still pending but locked: another worker is sending it right now.
        return seen[0] && (seen[0].state === 'pending' || seen[0].state === 'failed')
          ? 'busy'
          : 'done';
      }
      if (row.mode !== 'instant' || (row.state !== 'pending' && row.state !== 'failed'))
        return 'done';

      const skip = async (reason: string): Promise<SendResult> => {
        await manager.query(
          `UPDATE notification_deliveries SET state = 'skipped', reason = $2, updated_at = now()
              WHERE notification_id = $1 AND channel = 'email'`,
          [notificationId, reason],
        );
        return 'skipped';
      };
      if (row.erased) return skip(SKIP_REASONS.recipientErased);
      const pref = effectivePreference(row.account_type, row.kind, row.pref ?? undefined);
      if (channelDecision(pref).email === 'off') return skip(SKIP_REASONS.preferenceOff);
      if (row.profile_notify === 'off') return skip(SKIP_REASONS.profileNotifyOff);
      if (!row.email) return skip(SKIP_REASONS.noEmailAddress);

      const mail = this.emails.forNotification(notificationId, row.template, row.params, row.link, {
        id: row.recipient_id,
        email: row.email,
        name: row.display_name,
        locale: asLocale(row.locale),
      });
      if (this.mailer.usesMailbox) await this.mailer.storeInMailbox([mail], manager);
      else await this.mailer.deliver(mail);
      await manager.query(
        `UPDATE notification_deliveries
              SET state = 'sent', attempts = attempts + 1, sent_at = now(), last_error = NULL, updated_at = now()
            WHERE notification_id = $1 AND channel = 'email'`,
        [notificationId],
      );
      return 'sent';
    });
  }
}
