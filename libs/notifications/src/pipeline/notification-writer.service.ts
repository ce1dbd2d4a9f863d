import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { sql as expression } from 'kysely';
import { AppConfig, sql } from '@gilde/kernel';
import { DIGEST_REASONS } from '../domain/notification-kinds';
import { MailerService, OutgoingMail, mailboxRows } from '../mail/mailer.service';
import { NotificationEmailsService } from '../mail/notification-emails.service';
import { NotificationPublisherService } from '../stream/notification-publisher.service';
import { DeliveryOutcome, DeliveryPlan } from './delivery-plan';
import { recordset } from './recordset';

interface Fresh {
  plan: DeliveryPlan;
  id: string;
  /** The e-mail decision after the daily cap. */
  email: DeliveryPlan['email'];
  emailReason: string | null;
}

interface DeliveryRow {
  notificationId: string;
  channel: 'in_app' | 'email';
  state: 'pending' | 'sent' | 'skipped';
  mode: 'instant' | 'digest' | null;
  reason: string | null;
  attempts: number;
}

/**
 * Records notifications and their channel outcomes, many at a time. The notification row
 * is inserted with ON CONFLICT DO NOTHING on its dedupe key, so a job that runs twice (a
 * retry, a stalled job taken over by another worker) finds the row and does nothing again.
 * In mailbox mode the e-mail is written in the same transaction: exactly once.
 */
@Injectable()
export class NotificationWriterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly mailer: MailerService,
    private readonly emails: NotificationEmailsService,
    private readonly publisher: NotificationPublisherService,
  ) {}

  async write(plans: DeliveryPlan[]): Promise<DeliveryOutcome[]> {
    const outcomes = new Map<DeliveryPlan, DeliveryOutcome>();
    // A stable order keeps concurrent batches from deadlocking on the unique index.
    const recordable = plans
      .filter((p) => p.recipient)
      .sort((a, b) => (a.dedupeKey < b.dedupeKey ? -1 : a.dedupeKey > b.dedupeKey ? 1 : 0));
    for (const p of plans) {
      if (!p.recipient)
        outcomes.set(p, { status: 'not_recorded', reason: p.skip ?? 'recipient_unknown' });
    }
    let fresh: Fresh[] = [];
    if (recordable.length) {
      fresh = await this.dataSource.transaction((manager) => this.insert(manager, recordable));
      for (const f of fresh) {
        outcomes.set(f.plan, {
          status: 'created',
          notificationId: f.id,
          emailPending: f.email === 'instant' && !this.mailer.usesMailbox,
        });
      }
      await this.publisher.created(
        fresh
          .filter((f) => f.plan.inApp === 'send' && f.plan.recipient)
          .map((f) => ({ recipientId: f.plan.job.recipientId, notificationId: f.id })),
      );
      const existing = recordable.filter((p) => !outcomes.has(p));
      if (existing.length) {
        const rows = await sql(this.dataSource)
          .selectFrom('notifications as n')
          .leftJoin('notificationDeliveries as d', (j) =>
            j.onRef('d.notificationId', '=', 'n.id').on('d.channel', '=', 'email'),
          )
          .select(['n.id', 'n.dedupeKey', 'd.state', 'd.mode'])
          .where('n.dedupeKey', '=', (eb) => eb.fn.any(eb.val(existing.map((p) => p.dedupeKey))))
          .execute();
        const byKey = new Map(rows.map((r) => [r.dedupeKey, r]));
        for (const p of existing) {
          const row = byKey.get(p.dedupeKey);
          if (!row) throw new Error(`Notification ${p.dedupeKey} neither inserted nor found`);
          outcomes.set(p, {
            status: 'exists',
            notificationId: row.id,
            emailPending:
              row.mode === 'instant' && (row.state === 'pending' || row.state === 'failed'),
          });
        }
      }
    }
    return plans.map((p) => outcomes.get(p) as DeliveryOutcome);
  }

  private async insert(manager: EntityManager, plans: DeliveryPlan[]): Promise<Fresh[]> {
    const ids = plans.map(() => randomUUID());
    const rows = plans.map((p, i) => ({
      id: ids[i],
      recipient_id: p.job.recipientId,
      kind: p.kind,
      template: p.job.template,
      dedupe_key: p.dedupeKey,
      subject_type: p.subjectType,
      subject_id: p.job.subjectId,
      event_id: p.job.eventId,
      params: p.params,
      link: p.link,
      score: p.score,
    }));
    const inserted = await sql(manager)
      .insertInto('notifications')
      .columns([
        'id',
        'recipientId',
        'kind',
        'template',
        'dedupeKey',
        'subjectType',
        'subjectId',
        'eventId',
        'params',
        'link',
        'score',
      ])
      .expression((eb) =>
        eb
          .selectFrom(recordset('notifications', rows).as('t'))
          .select([
            't.id',
            't.recipientId',
            't.kind',
            't.template',
            't.dedupeKey',
            't.subjectType',
            't.subjectId',
            't.eventId',
            't.params',
            't.link',
            't.score',
          ]),
      )
      .onConflict((oc) => oc.column('dedupeKey').doNothing())
      .returning('id')
      .execute();
    const created = new Set(inserted.map((r) => r.id));
    const fresh: Fresh[] = plans
      .map((plan, i) => ({
        plan,
        id: ids[i] ?? '',
        email: plan.email,
        emailReason: null as string | null,
      }))
      .filter((f) => created.has(f.id));
    if (!fresh.length) return [];

    await this.applyDailyCap(manager, fresh);

    const deliveries: DeliveryRow[] = [];
    const mails: OutgoingMail[] = [];
    for (const f of fresh) {
      const { plan } = f;
      deliveries.push({
        notificationId: f.id,
        channel: 'in_app',
        state: plan.inApp === 'send' ? 'sent' : 'skipped',
        mode: null,
        reason: plan.inApp === 'send' ? null : plan.inApp,
        attempts: plan.inApp === 'send' ? 1 : 0,
      });
      if (f.email === 'instant' && this.mailer.usesMailbox && plan.recipient?.email) {
        mails.push(
          this.emails.forNotification(f.id, plan.job.template, plan.params, plan.link, {
            id: plan.recipient.id,
            email: plan.recipient.email,
            name: plan.recipient.name,
            locale: plan.recipient.locale,
          }),
        );
        deliveries.push({
          notificationId: f.id,
          channel: 'email',
          state: 'sent',
          mode: 'instant',
          reason: null,
          attempts: 1,
        });
      } else if (f.email === 'instant') {
        deliveries.push({
          notificationId: f.id,
          channel: 'email',
          state: 'pending',
          mode: 'instant',
          reason: null,
          attempts: 0,
        });
      } else if (f.email === 'digest') {
        deliveries.push({
          notificationId: f.id,
          channel: 'email',
          state: 'pending',
          mode: 'digest',
          reason: f.emailReason ?? DIGEST_REASONS.preference,
          attempts: 0,
        });
      } else {
        deliveries.push({
          notificationId: f.id,
          channel: 'email',
          state: 'skipped',
          mode: null,
          reason: f.email,
          attempts: 0,
        });
      }
    }
    // Deliveries and mailbox e-mails in one statement: one round trip for both.
    const deliveryRows = deliveries.map((d) => ({
      notification_id: d.notificationId,
      channel: d.channel,
      state: d.state,
      mode: d.mode,
      reason: d.reason,
      attempts: d.attempts,
    }));
    await sql(manager)
      .with('d', (db) =>
        db
          .insertInto('notificationDeliveries')
          .columns(['notificationId', 'channel', 'state', 'mode', 'reason', 'attempts', 'sentAt'])
          .expression((eb) =>
            eb
              .selectFrom(recordset('notificationDeliveries', deliveryRows).as('t'))
              .select([
                't.notificationId',
                't.channel',
                't.state',
                't.mode',
                't.reason',
                't.attempts',
                expression<Date | null>`CASE WHEN t.state = 'sent' THEN now() END`.as('sentAt'),
              ]),
          ),
      )
      .insertInto('mailboxMessages')
      .columns(['toAddress', 'subject', 'text', 'html', 'idempotencyKey'])
      .expression((eb) =>
        eb
          .selectFrom(recordset('mailboxMessages', mailboxRows(mails)).as('m'))
          .select(['m.toAddress', 'm.subject', 'm.text', 'm.html', 'm.idempotencyKey']),
      )
      .onConflict((oc) => oc.column('idempotencyKey').doNothing())
      .execute();
    return fresh;
  }

  /**
   * At most N instant match e-mails per interim per local day: the best-scoring go out at
   * once, the rest fall into the digest. The counter row is updated atomically, so
   * concurrent batches cannot both take the last slot.
   */
  private async applyDailyCap(manager: EntityManager, fresh: Fresh[]): Promise<void> {
    const limit = this.config.notifications.maxInstantMatchEmailsPerDay;
    const groups = new Map<string, Fresh[]>();
    for (const f of fresh) {
      if (f.plan.kind !== 'match' || f.email !== 'instant' || !f.plan.recipient) continue;
      const key = `${f.plan.recipient.id}|${f.plan.recipient.localDate}`;
      const list = groups.get(key) ?? [];
      list.push(f);
      groups.set(key, list);
    }
    if (!groups.size) return;
    const keys = [...groups.keys()].sort();
    const counts = keys.map((k) => ({
      recipient_id: k.split('|')[0],
      local_date: k.split('|')[1],
      instant_match_emails: groups.get(k)?.length ?? 0,
    }));
    const rows = await sql(manager)
      .insertInto('notificationDailyCounts')
      .columns(['recipientId', 'localDate', 'instantMatchEmails'])
      .expression((eb) =>
        eb
          .selectFrom(recordset('notificationDailyCounts', counts).as('t'))
          .select(['t.recipientId', 't.localDate', 't.instantMatchEmails']),
      )
      .onConflict((oc) =>
        oc.columns(['recipientId', 'localDate']).doUpdateSet((eb) => ({
          instantMatchEmails: eb(
            'notificationDailyCounts.instantMatchEmails',
            '+',
            eb.ref('excluded.instantMatchEmails'),
          ),
        })),
      )
      .returning([
        'recipientId',
        expression<string>`to_char(local_date, 'YYYY-MM-DD')`.as('localDate'),
        'instantMatchEmails',
      ])
      .execute();
    for (const row of rows) {
      const list = groups.get(`${row.recipientId}|${row.localDate}`) ?? [];
      const before = row.instantMatchEmails - list.length;
      const allowed = Math.max(0, Math.min(list.length, limit - before));
      list
        .sort((a, b) => (b.plan.score ?? -1) - (a.plan.score ?? -1))
        .forEach((f, i) => {
          if (i >= allowed) {
            f.email = 'digest';
            f.emailReason = DIGEST_REASONS.rateLimited;
          }
        });
    }
  }
}
