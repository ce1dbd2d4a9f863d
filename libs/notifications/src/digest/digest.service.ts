import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sql as expression } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import { AssignmentStatus, AssignmentSummaries } from '@gilde/assignments';
import { UserContact, UserDirectory } from '@gilde/identity';
import { sql } from '@gilde/kernel';
import { MatchAlertSettings } from '@gilde/profiles';
import {
  StoredPreference,
  channelDecision,
  effectivePreference,
} from '../domain/effective-preference';
import { NotificationKind, SKIP_REASONS, TemplateKey } from '../domain/notification-kinds';
import { NotificationParams } from '../entities/notification.entity';
import { MailDeliveryError } from '../mail/mail-delivery.error';
import { MailerService } from '../mail/mailer.service';
import { NotificationEmailsService } from '../mail/notification-emails.service';
import { SendPermitsService } from '../mail/send-permits.service';
import { EmailAttemptFailed } from '../pipeline/email-attempt-failed.error';
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
  assignmentStatus: AssignmentStatus | null;
}

interface Recipient extends UserContact {
  prefs: Record<string, StoredPreference>;
  profileNotify: string | null;
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
    private readonly emails: NotificationEmailsService,
    private readonly permits: SendPermitsService,
    private readonly users: UserDirectory,
    private readonly assignments: AssignmentSummaries,
    private readonly alertSettings: MatchAlertSettings,
  ) {}

  async send(
    recipientId: string,
    localDate: string,
    timeZone: string,
    finalAttempt: boolean,
  ): Promise<DigestResult> {
    // Only for a person who exists; one digest per person and local day.
    if ((await this.users.contacts([recipientId])).has(recipientId)) {
      await sql(this.dataSource)
        .insertInto('notificationDigests')
        .values({ recipientId, localDate, timeZone, state: 'pending' })
        .onConflict((oc) => oc.columns(['recipientId', 'localDate']).doNothing())
        .execute();
    }
    try {
      return await this.permits.run(() =>
        this.dataSource.transaction((manager) => this.compose(manager, recipientId, localDate)),
      );
    } catch (err) {
      if (!(err instanceof MailDeliveryError)) throw err;
      const failed = err.permanent || finalAttempt;
      await sql(this.dataSource)
        .updateTable('notificationDigests')
        .set((eb) => ({
          attempts: eb('attempts', '+', 1),
          lastError: err.message.slice(0, 1000),
          state: failed ? 'failed' : 'pending',
        }))
        .where('recipientId', '=', recipientId)
        .where('localDate', '=', expression<Date>`${localDate}::date`)
        .where('state', 'in', ['pending', 'failed'])
        .execute();
      throw new EmailAttemptFailed(err.message, err.permanent);
    }
  }

  private async compose(
    manager: EntityManager,
    recipientId: string,
    localDate: string,
  ): Promise<DigestResult> {
    const db = sql(manager);
    const digest = await db
      .selectFrom('notificationDigests')
      .select(['id', 'state'])
      .where('recipientId', '=', recipientId)
      .where('localDate', '=', expression<Date>`${localDate}::date`)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!digest) {
      const exists = await db
        .selectFrom('notificationDigests')
        .select('id')
        .where('recipientId', '=', recipientId)
        .where('localDate', '=', expression<Date>`${localDate}::date`)
        .executeTakeFirst();
      return { state: exists ? 'busy' : 'done' };
    }
    if (digest.state !== 'pending' && digest.state !== 'failed') return { state: 'done' };

    const recipient = await this.recipient(manager, recipientId);

    await db
      .updateTable('notificationDeliveries as d')
      .set((eb) => ({ digestId: digest.id, updatedAt: eb.fn('now') }))
      .from('notifications as n')
      .whereRef('n.id', '=', 'd.notificationId')
      .where('n.recipientId', '=', recipientId)
      .where('d.channel', '=', 'email')
      .where('d.state', '=', 'pending')
      .where('d.mode', '=', 'digest')
      .where('d.digestId', 'is', null)
      .execute();
    const rows = await db
      .selectFrom('notificationDeliveries as d')
      .innerJoin('notifications as n', 'n.id', 'd.notificationId')
      .select([
        'n.id',
        'n.kind',
        'n.template',
        'n.params',
        'n.link',
        'n.score',
        'n.subjectId',
        'n.subjectType',
        expression<boolean>`n.created_at < now() - make_interval(days => ${MAX_ITEM_AGE_DAYS})`.as(
          'stale',
        ),
      ])
      .where('d.digestId', '=', digest.id)
      .where('d.channel', '=', 'email')
      .where('d.state', '=', 'pending')
      .orderBy('n.score', (o) => o.desc().nullsLast())
      .orderBy('n.createdAt', 'desc')
      .orderBy('n.id')
      .execute();
    const statuses = await this.assignments.byIds(
      rows.filter((r) => r.subjectType === 'assignment').map((r) => r.subjectId),
      manager,
    );
    const items: Item[] = rows.map((r) => ({
      id: r.id,
      kind: r.kind as NotificationKind,
      template: r.template as TemplateKey,
      params: r.params as NotificationParams,
      link: r.link,
      score: r.score,
      stale: r.stale,
      assignmentStatus:
        r.subjectType === 'assignment' ? (statuses.get(r.subjectId)?.status ?? null) : null,
    }));

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
      await db
        .updateTable('notificationDeliveries')
        .set((eb) => ({ state: 'skipped', reason, updatedAt: eb.fn('now') }))
        .where('notificationId', '=', (eb) => eb.fn.any(eb.val(ids)))
        .where('channel', '=', 'email')
        .execute();
    }
    if (!shown.length || !recipient?.email) {
      await db
        .updateTable('notificationDigests')
        .set({
          state: 'skipped',
          reason: recipient?.erased ? SKIP_REASONS.recipientErased : 'nothing_to_send',
          itemCount: 0,
        })
        .where('id', '=', digest.id)
        .execute();
      return { state: 'skipped' };
    }

    const mail = this.emails.forDigest(
      digest.id,
      shown.map((i) => ({ template: i.template, params: i.params, link: i.link })),
      included.length - shown.length,
      {
        id: recipientId,
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
        sentAt: eb.fn('now'),
        attempts: eb('attempts', '+', 1),
        lastError: null,
        updatedAt: eb.fn('now'),
      }))
      .where('notificationId', '=', (eb) => eb.fn.any(eb.val(shown.map((i) => i.id))))
      .where('channel', '=', 'email')
      .execute();
    await db
      .updateTable('notificationDigests')
      .set((eb) => ({
        state: 'sent',
        itemCount: shown.length,
        sentAt: eb.fn('now'),
        attempts: eb('attempts', '+', 1),
        lastError: null,
      }))
      .where('id', '=', digest.id)
      .execute();
    return { state: 'sent', items: shown.length };
  }

  /** The person as they are now: contact data, stored preferences, the profile's alert setting. */
  private async recipient(manager: EntityManager, id: string): Promise<Recipient | undefined> {
    // One after the other: they share the transaction's connection.
    const contacts = await this.users.contacts([id], manager);
    const prefs = await sql(manager)
      .selectFrom('notificationPreferences')
      .select(['kind', 'channels', 'frequency'])
      .where('userId', '=', id)
      .execute();
    const alerts = await this.alertSettings.forUsers([id], manager);
    const contact = contacts.get(id);
    if (!contact) return undefined;
    return {
      ...contact,
      prefs: Object.fromEntries(
        prefs.map((p) => [p.kind, { channels: p.channels, frequency: p.frequency }]),
      ),
      profileNotify: alerts.get(id)?.notify ?? null,
    };
  }

  /** Consent and facts at send time; null when the item may go out. */
  private reasonToSkip(item: Item, recipient: Recipient | undefined): string | null {
    if (!recipient || recipient.erased) return SKIP_REASONS.recipientErased;
    if (!recipient.email) return SKIP_REASONS.noEmailAddress;
    if (item.stale) return 'expired';
    const pref = effectivePreference(recipient.accountType, item.kind, recipient.prefs[item.kind]);
    if (channelDecision(pref).email === 'off') return SKIP_REASONS.preferenceOff;
    if (item.kind === 'match' && recipient.profileNotify === 'off')
      return SKIP_REASONS.profileNotifyOff;
    if (
      (item.kind === 'match' || item.kind === 'invitation') &&
      item.assignmentStatus !== 'published'
    ) {
      return SKIP_REASONS.assignmentNotOpen;
    }
    return null;
  }
}
