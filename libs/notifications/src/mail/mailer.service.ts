import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@gilde/kernel';
import { MailboxMessage } from './mailbox-message.entity';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Stable per logical message, so a retried job does not send twice. */
  idempotencyKey: string;
  headers?: Record<string, string>;
}

/** Sends e-mail over SMTP (SMTP_URL) or, without one, into the local mailbox table. */
@Injectable()
export class MailerService implements OnApplicationShutdown {
  private readonly logger = new Logger(MailerService.name);
  private readonly transport?: Transporter;

  constructor(private readonly config: AppConfig) {
    if (config.mail.smtpUrl) {
      this.transport = createTransport(config.mail.smtpUrl, { from: config.mail.from });
    } else if (config.isProduction) {
      this.logger.warn(
        'No SMTP_URL configured in production: e-mail is kept in the local mailbox only',
      );
    }
  }

  get usesMailbox(): boolean {
    return !this.transport;
  }

  /** Sends within the caller's transaction: the mailbox row commits with the caller's acknowledgement. */
  async send(mail: OutgoingMail, manager: EntityManager): Promise<void> {
    if (!this.transport) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(MailboxMessage)
        .values({
          toAddress: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html ?? null,
          idempotencyKey: mail.idempotencyKey,
        })
        .orIgnore()
        .execute();
      return;
    }
    await this.transport.sendMail({
      from: this.config.mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: `<${mail.idempotencyKey}@gilde>`,
      headers: { 'X-Gilde-Idempotency-Key': mail.idempotencyKey, ...(mail.headers ?? {}) },
    });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
