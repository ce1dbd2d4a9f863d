import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
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
import { EmailAttemptFailed } from '../pipeline/instant-email-sender.service';
import { asLocale } from '../templates/template-text';

/** More than this in one digest and the rest are left for the app. */
export const MAX_DIGEST_ITEMS = 50;
/** Older pending items are not worth an e-mail any more. */
const MAX_ITEM_AGE_DAYS = 7;

export type DigestResult =
  { state: 'sent'; items: number } | { state: 'skipped' | 'done' | 'busy' };

interface Item {
  id: string;
  kind: NotificationKind;
  template: TemplateKey;
  params: NotificationParams;
  link: string;
  score: number | null;
  stale: boolean;
  assignment_status: string | null;
}

interface RecipientRow {
  email: string | null;
  display_name: string;
  locale: string;
  account_type: AccountKind;
  erased: boolean;
  prefs: Record<string, StoredPreference> | null;
  profile_notify: string | null;
}

/**
 * Builds and sends one person's daily digest: every e-mail waiting in digest mode, best
 * match score first, in one message. The digest row (one per recipient per local day) is
 * locked while the message is handed over, so it goes out once; consent and the subjects
 * are checked again now, and what no longer holds is marked skipped with its reason.
 */
@Injectable()
export class DigestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: MailerService,
    private readonly emails: NotificationEmails,
    private readonly permits: SendPermits,
  ) {}

  async send(
    recipientId: string,
    localDate: string,
    timeZone: string,
    finalAttempt: boolean,
  ): Promise<DigestResult> {
    await this.dataSource.query(
      `INSERT INTO notification_digests (recipient_id, local_date, time_zone, state)
       SELECT id, $2::date, $3, 'pending' FROM users WHERE id = $1
       ON CONFLICT (recipient_id, local_date) DO NOTHING`,
      [recipientId, localDate, timeZone],
    );
    try {
      return await this.permits.run(() =>
        this.dataSource.transaction((manager) => this.compose(manager, recipientId, localDate)),
      );
    } catch (err) {
      if (!(err instanceof MailDeliveryError)) throw err;
      const failed = err.permanent || finalAttempt;
      await this.dataSource.query(
        `UPDATE notification_digests
            SET attempts = attempts + 1, last_error = $3, state = CASE WHEN $4 THEN 'failed' ELSE 'pending' END
          WHERE recipient_id = $1 AND local_date = $2 AND state IN ('pending', 'failed')`,
        [recipientId, localDate, err.message.slice(0, 1000), failed],
      );
      throw new EmailAttemptFailed(err.message, err.permanent);
    }
  }

  private async compose(
    manager: EntityManager,
    recipientId: string,
    localDate: string,
  ): Promise<DigestResult> {
    const digests: { id: string; state: string }[] = await manager.query(
      `SELECT id, state FROM notification_digests WHERE recipient_id = $1 AND local_date = $2
         FOR UPDATE SKIP LOCKED`,
      [recipientId, localDate],
    );
    const digest = digests[0];
    if (!digest) {
      const exists: unknown[] = await manager.query(
        `SELECT 1 FROM notification_digests WHERE recipient_id = $1 AND local_date = $2`,
        [recipientId, localDate],
      );
      return { state: exists.length ? 'busy' : 'done' };
    }
    if (digest.state !== 'pending' && digest.state !== 'failed') return { state: 'done' };

    const [recipient] = await manager.query<RecipientRow[]>(
      `SELECT u.email, u.display_name, u.locale, u.account_type, u.erased_at IS NOT NULL AS erased,
              (SELECT json_object_agg(p.kind, json_build_object('channels', p.channels, 'frequency', p.frequency))
                 FROM notification_preferences p WHERE p.user_id = u.id) AS prefs,
              (SELECT notify FROM interim_profiles ip WHERE ip.user_id = u.id) AS profile_notify
         FROM users u WHERE u.id = $1`,
      [recipientId],
    );

    await manager.query(
      `UPDATE notification_deliveries d SET digest_id = $2, updated_at = now()
         FROM notifications n
        WHERE n.id = d.notification_id AND n.recipient_id = $1
          AND d.channel = 'email' AND d.state = 'pending' AND d.mode = 'digest' AND d.digest_id IS NULL`,
      [recipientId, digest.id],
    );
    const items: Item[] = await manager.query(
      `SELECT n.id, n.kind, n.template, n.params, n.link, n.score,
              n.created_at < now() - make_interval(days => $2) AS stale,
              a.status AS assignment_status
         FROM notification_deliveries d
         JOIN notifications n ON n.id = d.notification_id
         LEFT JOIN assignments a ON a.id = n.subject_id AND n.subject_type = 'assignment'
        WHERE d.digest_id = $1 AND d.channel = 'email' AND d.state = 'pending'
        ORDER BY n.score DESC NULLS LAST, n.created_at DESC, n.id`,
      [digest.id, MAX_ITEM_AGE_DAYS],
    );

    const skipped = new Map<string, string[]>();
    const skip = (item: Item, reason: string) =>
      skipped.set(reason, [...(skipped.get(reason) ?? []), item.id]);
    const included: Item[] = [];
    for (const item of items) {
      const reason = this.reasonToSkip(item, recipient);
      if (reason) skip(item, reason);
      else included.push(item);
    }
    const shown = included.slice(0, MAX_DIGEST_ITEMS);
    for (const item of included.slice(MAX_DIGEST_ITEMS)) skip(item, 'digest_overflow');
    for (const [reason, ids] of skipped) {
      await manager.query(
        `UPDATE notification_deliveries SET state = 'skipped', reason = $2, updated_at = now()
          WHERE notification_id = ANY($1::uuid[]) AND channel = 'email'`,
        [ids, reason],
      );
    }
    if (!shown.length || !recipient?.email) {
      await manager.query(
        `UPDATE notification_digests SET state = 'skipped', reason = $2, item_count = 0 WHERE id = $1`,
        [digest.id, recipient?.erased ? SKIP_REASONS.recipientErased : 'nothing_to_send'],
      );
      return { state: 'skipped' };
    }

    const mail = this.emails.forDigest(
      digest.id,
      shown.map((i) => ({ template: i.template, params: i.params, link: i.link })),
      included.length - shown.length,
      {
        id: recipientId,
        email: recipient.email,
        name: recipient.display_name,
        locale: asLocale(recipient.locale),
      },
    );
    if (this.mailer.usesMailbox) await this.mailer.storeInMailbox([mail], manager);
    else await this.mailer.deliver(mail);

    await manager.query(
      `UPDATE notification_deliveries
          SET state = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL, updated_at = now()
        WHERE notification_id = ANY($1::uuid[]) AND channel = 'email'`,
      [shown.map((i) => i.id)],
    );
    await manager.query(
      `UPDATE notification_digests
          SET state = 'sent', item_count = $2, sent_at = now(), attempts = attempts + 1, last_error = NULL
        WHERE id = $1`,
      [digest.id, shown.length],
    );
    return { state: 'sent', items: shown.length };
  }

  /** Consent and facts at send time; null when the item may go out. */
  private reasonToSkip(item: Item, recipient: RecipientRow | undefined): string | null {
    if (!recipient || recipient.erased) return SKIP_REASONS.recipientErased;
    if (!recipient.email) return SKIP_REASONS.noEmailAddress;
    if (item.stale) return 'expired';
    const pref = effectivePreference(
      recipient.account_type,
      item.kind,
      recipient.prefs?.[item.kind],
    );
    if (channelDecision(pref).email === 'off') return SKIP_REASONS.preferenceOff;
    if (item.kind === 'match' && recipient.profile_notify === 'off')
      return SKIP_REASONS.profileNotifyOff;
    if (
      (item.kind === 'match' || item.kind === 'invitation') &&
      item.assignment_status !== 'published'
    ) {
      return SKIP_REASONS.assignmentNotOpen;
    }
    return null;
  }
}
