import { NotificationKind, TemplateKey, isTemplateKey } from '../domain/notification-kinds';
import { NotificationParams } from '../entities/notification.entity';
import { Locale, messageText } from '../templates/template-text';
import { NotificationView } from './notification.dto';

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  template: string;
  params: NotificationParams;
  link: string;
  subject_type: string;
  subject_id: string;
  score: number | null;
  created_at: Date;
  read_at: Date | null;
}

export const NOTIFICATION_COLUMNS =
  'n.id, n.kind, n.template, n.params, n.link, n.subject_type, n.subject_id, n.score, n.created_at, n.read_at';

/** A notification as its recipient sees it: rendered in their language. */
export function toNotificationView(row: NotificationRow, locale: Locale): NotificationView {
  const template = row.template as TemplateKey;
  const text = isTemplateKey(template)
    ? messageText(template, row.params, locale)
    : { title: row.template, body: [] as string[], action: '' };
  return {
    id: row.id,
    kind: row.kind,
    type: row.template,
    title: text.title,
    body: text.body.join(' '),
    link: row.link,
    subject: { type: row.subject_type, id: row.subject_id },
    score: row.score,
    createdAt: new Date(row.created_at).toISOString(),
    readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
  };
}
