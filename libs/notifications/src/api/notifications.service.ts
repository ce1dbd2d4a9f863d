import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthUser } from '@gilde/identity';
import { notFound, pageWindow, modify } from '@gilde/kernel';
import { NotificationPublisher } from '../stream/notification-publisher.service';
import { asLocale } from '../templates/template-text';
import {
  NotificationListQuery,
  NotificationPageView,
  NotificationView,
  ReadAllView,
  ReadView,
} from './notification.dto';
import { NOTIFICATION_COLUMNS, NotificationRow, toNotificationView } from './notification-views';

/** Visible in the app: the in-app channel delivered it. */
const VISIBLE = `JOIN notification_deliveries v
                   ON v.notification_id = n.id AND v.channel = 'in_app' AND v.state = 'sent'`;

/** The in-app inbox: a person's own notifications, newest first. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publisher: NotificationPublisher,
  ) {}

  async list(user: AuthUser, query: NotificationListQuery): Promise<NotificationPageView> {
    const { page, pageSize, skip, take } = pageWindow(query);
    const filter =
      query.unread === undefined
        ? ''
        : query.unread
          ? 'AND n.read_at IS NULL'
          : 'AND n.read_at IS NOT NULL';
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT ${NOTIFICATION_COLUMNS} FROM notifications n ${VISIBLE}
        WHERE n.recipient_id = $1 ${filter}
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT $2 OFFSET $3`,
      [user.id, take, skip],
    );
    const [counts] = await this.dataSource.query<{ total: number; unread: number }[]>(
      `SELECT count(*) FILTER (WHERE TRUE ${filter})::int AS total,
              count(*) FILTER (WHERE n.read_at IS NULL)::int AS unread
         FROM notifications n ${VISIBLE} WHERE n.recipient_id = $1`,
      [user.id],
    );
    const locale = asLocale(user.locale);
    return {
      items: rows.map((r) => toNotificationView(r, locale)),
      page,
      pageSize,
      total: counts?.total ?? 0,
      unread: counts?.unread ?? 0,
    };
  }

  /** One of the caller's notifications by id, or null (also for someone else's). */
  async view(userId: string, id: string, locale: string): Promise<NotificationView | null> {
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT ${NOTIFICATION_COLUMNS} FROM notifications n ${VISIBLE} WHERE n.id = $1 AND n.recipient_id = $2`,
      [id, userId],
    );
    return rows[0] ? toNotificationView(rows[0], asLocale(locale)) : null;
  }

  /** The caller's notifications created after `afterId` (for a stream resuming with Last-Event-ID). */
  async since(
    userId: string,
    afterId: string,
    locale: string,
    limit = 50,
  ): Promise<NotificationView[]> {
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT ${NOTIFICATION_COLUMNS} FROM notifications n ${VISIBLE}
        WHERE n.recipient_id = $1
          AND (n.created_at, n.id) > (SELECT created_at, id FROM notifications WHERE id = $2 AND recipient_id = $1)
        ORDER BY n.created_at, n.id LIMIT $3`,
      [userId, afterId, limit],
    );
    return rows.map((r) => toNotificationView(r, asLocale(locale)));
  }

  async unreadCount(userId: string): Promise<number> {
    const [row] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notifications n ${VISIBLE} WHERE n.recipient_id = $1 AND n.read_at IS NULL`,
      [userId],
    );
    return row?.n ?? 0;
  }

  async markRead(user: AuthUser, id: string): Promise<ReadView> {
    const { rows } = await modify<{ read_at: Date }>(
      this.dataSource,
      `UPDATE notifications n SET read_at = COALESCE(n.read_at, now())
        WHERE n.id = $1 AND n.recipient_id = $2
          AND EXISTS (SELECT 1 FROM notification_deliveries v
                       WHERE v.notification_id = n.id AND v.channel = 'in_app' AND v.state = 'sent')
        RETURNING n.read_at`,
      [id, user.id],
    );
    // Another person's notification, or none at all: the same 404.
    const row = rows[0];
    if (!row) throw notFound('Notification');
    const unread = await this.unreadCount(user.id);
    await this.publisher.read(user.id, unread);
    return { id, readAt: new Date(row.read_at).toISOString(), unread };
  }

  async markAllRead(user: AuthUser): Promise<ReadAllView> {
    const { count: marked } = await modify(
      this.dataSource,
      `UPDATE notifications n SET read_at = now()
        WHERE n.recipient_id = $1 AND n.read_at IS NULL
          AND EXISTS (SELECT 1 FROM notification_deliveries v
                       WHERE v.notification_id = n.id AND v.channel = 'in_app' AND v.state = 'sent')`,
      [user.id],
    );
    await this.publisher.read(user.id, 0);
    return { marked, unread: 0 };
  }
}
