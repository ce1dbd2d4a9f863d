import { NotificationKind, TemplateKey, isTemplateKey } from '../domain/notification-kinds';
import { NotificationParams } from '../entities/notification.entity';
import { Locale, messageText } from '../templates/template-text';
import { NotificationView } from './notification.dto';

export interface NotificationRow {
  id: string;
  kind: string;
  template: string;
  params: unknown;
  link: string;
  subjectType: string;
  subjectId: string;
  score: number | null;
  createdAt: Date;
  readAt: Date | null;
}

export const NOTIFICATION_COLUMNS = [
  'n.id',
  'n.kind',
  'n.template',
  'n.params',
  'n.link',
  'n.subjectType',
  'n.subjectId',
  'n.score',
  'n.createdAt',
  'n.readAt',
] as const;

/** A notification as its recipient sees it: rendered in their language. */
export function toNotificationView(row: NotificationRow, locale: Locale): NotificationView {
  const template = row.template as TemplateKey;
  const text = isTemplateKey(template)
    ? messageText(template, row.params as NotificationParams, locale)
    : { title: row.template, body: [] as string[], action: '' };
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    type: row.template,
    title: text.title,
    body: text.body.join(' '),
    link: row.link,
    subject: { type: row.subjectType, id: row.subjectId },
    score: row.score,
    createdAt: new Date(row.createdAt).toISOString(),
    readAt: row.readAt ? new Date(row.readAt).toISOString() : null,
  };
}
