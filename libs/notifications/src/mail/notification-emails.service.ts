import { Injectable } from '@nestjs/common';
import { AppConfig } from '@gilde/kernel';
import { NotificationKind, TEMPLATE_KIND, TemplateKey } from '../domain/notification-kinds';
import { NotificationParams } from '../entities/notification.entity';
import { SETTINGS_PATH } from '../pipeline/notification-links';
import {
  DigestItem,
  EmailFrame,
  renderDigestEmail,
  renderNotificationEmail,
} from '../templates/email-renderer';
import { Locale } from '../templates/template-text';
import { UnsubscribeTokensService } from '../tokens/unsubscribe-tokens.service';
import { OutgoingMail } from './mailer.service';

export interface MailRecipient {
  id: string;
  email: string;
  name: string;
  locale: Locale;
}

export interface DigestEntry {
  template: TemplateKey;
  params: NotificationParams;
  link: string;
}

/** Turns notifications into e-mails: the recipient's language, links into the web UI, one-click unsubscribe. */
@Injectable()
export class NotificationEmailsService {
  constructor(
    private readonly config: AppConfig,
    private readonly unsubscribe: UnsubscribeTokensService,
  ) {}

  forNotification(
    notificationId: string,
    template: TemplateKey,
    params: NotificationParams,
    link: string,
    to: MailRecipient,
  ): OutgoingMail {
    const frame = this.frame(to, [TEMPLATE_KIND[template]]);
    const rendered = renderNotificationEmail(template, params, this.url(link), frame);
    return {
      to: to.email,
      ...rendered,
      idempotencyKey: `notification-${notificationId}-email`,
      headers: this.headers(frame),
    };
  }

  forDigest(
    digestId: string,
    entries: DigestEntry[],
    more: number,
    to: MailRecipient,
  ): OutgoingMail {
    // One unsubscribe link per kind in the digest, the most frequent first.
    const counts = new Map<NotificationKind, number>();
    for (const e of entries) {
      const kind = TEMPLATE_KIND[e.template];
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    const kinds = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
    const frame = this.frame(to, kinds);
    const items: DigestItem[] = entries.map((e) => ({
      template: e.template,
      params: e.params,
      linkUrl: this.url(e.link),
    }));
    return {
      to: to.email,
      ...renderDigestEmail(items, more, frame),
      idempotencyKey: `digest-${digestId}`,
      headers: this.headers(frame),
    };
  }

  unsubscribeUrl(userId: string, kind: NotificationKind): string {
    const token = encodeURIComponent(this.unsubscribe.sign(userId, kind));
    return `${this.config.publicUrl}/api/v1/notifications/unsubscribe?token=${token}`;
  }

  url(path: string): string {
    return `${this.config.publicUrl}${path.startsWith('/') ? path : `/${path}`}`;
  }

  private frame(to: MailRecipient, kinds: NotificationKind[]): EmailFrame {
    return {
      locale: to.locale,
      recipientName: to.name,
      unsubscribe: kinds.map((kind) => ({ kind, url: this.unsubscribeUrl(to.id, kind) })),
      settingsUrl: this.url(SETTINGS_PATH),
    };
  }

  /** RFC 2369 / RFC 8058: mail clients show an unsubscribe button that POSTs to the link. */
  private headers(frame: EmailFrame): Record<string, string> {
    const first = frame.unsubscribe[0];
    if (!first) return {};
    return {
      'List-Unsubscribe': `<${first.url}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    };
  }
}
