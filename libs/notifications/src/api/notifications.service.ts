import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sql as expression } from 'kysely';
import { DataSource } from 'typeorm';
import { AuthUser } from '@gilde/identity';
import { notFound, pageWindow, sql } from '@gilde/kernel';
import { NotificationPublisherService } from '../stream/notification-publisher.service';
import { asLocale } from '../templates/template-text';
import {
  NotificationListQuery,
  NotificationPageView,
  NotificationView,
  ReadAllView,
  ReadView,
} from './notification.dto';
import { NOTIFICATION_COLUMNS, toNotificationView } from './notification-views';

/** The in-app inbox: a person's own notifications, newest first. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publisher: NotificationPublisherService,
  ) {}

  /** A person's notifications that are visible in the app: the in-app channel delivered them. */
  private visible(recipientId: string) {
    return sql(this.dataSource)
      .selectFrom('notifications as n')
      .innerJoin('notificationDeliveries as v', (j) =>
        j
          .onRef('v.notificationId', '=', 'n.id')
          .on('v.channel', '=', 'in_app')
          .on('v.state', '=', 'sent'),
      )
      .where('n.recipientId', '=', recipientId);
  }

  async list(user: AuthUser, query: NotificationListQuery): Promise<NotificationPageView> {
    const { page, pageSize, skip, take } = pageWindow(query);
    const unread = query.unread;
    const rows = await this.visible(user.id)
      .select(NOTIFICATION_COLUMNS)
      .$if(unread !== undefined, (q) => q.where('n.readAt', unread ? 'is' : 'is not', null))
      .orderBy('n.createdAt', 'desc')
      .orderBy('n.id', 'desc')
      .limit(take)
      .offset(skip)
      .execute();
    const counts = await this.visible(user.id)
      .select((eb) => [
        eb.fn
          .countAll<number>()
          .filterWhere((w) =>
            unread === undefined ? w.lit(true) : w('n.readAt', unread ? 'is' : 'is not', null),
          )
          .as('total'),
        eb.fn.countAll<number>().filterWhere('n.readAt', 'is', null).as('unread'),
      ])
      .executeTakeFirst();
    const locale = asLocale(user.locale);
    return {
      items: rows.map((r) => toNotificationView(r, locale)),
      page,
      pageSize,
      total: Number(counts?.total ?? 0),
      unread: Number(counts?.unread ?? 0),
    };
  }

  /** One of the caller's notifications by id, or null (also for someone else's). */
  async view(userId: string, id: string, locale: string): Promise<NotificationView | null> {
    const row = await this.visible(userId)
      .select(NOTIFICATION_COLUMNS)
      .where('n.id', '=', id)
      .executeTakeFirst();
    return row ? toNotificationView(row, asLocale(locale)) : null;
  }

  /** The caller's notifications created after `afterId` (for a stream resuming with Last-Event-ID). */
  async since(
    userId: string,
    afterId: string,
    locale: string,
    limit = 50,
  ): Promise<NotificationView[]> {
    const rows = await this.visible(userId)
      .select(NOTIFICATION_COLUMNS)
      // Compared in the database: created_at has microseconds, a JavaScript Date does not.
      // After a notification that is not the caller's (or is gone), the comparison is null.
      .where((eb) =>
        eb(
          eb.refTuple('n.createdAt', 'n.id'),
          '>',
          eb
            .selectFrom('notifications')
            .select(['createdAt', 'id'])
            .where('id', '=', afterId)
            .where('recipientId', '=', userId)
            .$castTo<{ row: [Date, string] }>(),
        ),
      )
      .orderBy('n.createdAt')
      .orderBy('n.id')
      .limit(limit)
      .execute();
    return rows.map((r) => toNotificationView(r, asLocale(locale)));
  }

  async unreadCount(userId: string): Promise<number> {
    const row = await this.visible(userId)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('n.readAt', 'is', null)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async markRead(user: AuthUser, id: string): Promise<ReadView> {
    const row = await sql(this.dataSource)
      .updateTable('notifications as n')
      .set((eb) => ({ readAt: eb.fn.coalesce('n.readAt', eb.fn<Date>('now')) }))
      .where('n.id', '=', id)
      .where('n.recipientId', '=', user.id)
      .where((eb) => eb.exists(this.inAppSent()))
      .returning('n.readAt')
      .executeTakeFirst();
    // Another person's notification, or none at all: the same 404.
    if (!row) throw notFound('Notification');
    const unread = await this.unreadCount(user.id);
    await this.publisher.read(user.id, unread);
    return { id, readAt: new Date(row.readAt as Date).toISOString(), unread };
  }

  async markAllRead(user: AuthUser): Promise<ReadAllView> {
    const result = await sql(this.dataSource)
      .updateTable('notifications as n')
      .set((eb) => ({ readAt: eb.fn('now') }))
      .where('n.recipientId', '=', user.id)
      .where('n.readAt', 'is', null)
      .where((eb) => eb.exists(this.inAppSent()))
      .executeTakeFirst();
    const marked = Number(result.numUpdatedRows);
    await this.publisher.read(user.id, 0);
    return { marked, unread: 0 };
  }

  /** The in-app delivery of `n` was sent (for updates of notifications aliased `n`). */
  private inAppSent() {
    return sql(this.dataSource)
      .selectFrom('notificationDeliveries as v')
      .select('v.notificationId')
      .whereRef('v.notificationId', '=', expression.ref('n.id'))
      .where('v.channel', '=', 'in_app')
      .where('v.state', '=', 'sent');
  }
}
