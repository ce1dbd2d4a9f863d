import { MailDeliveryError } from './mail-delivery.error';
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { EntityManager } from 'typeorm';
import { AppConfig, sql } from '@gilde/kernel';
import { recordset } from '../pipeline/recordset';

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
      this.transport = createTransport({
        url: config.mail.smtpUrl,
        // Bounded, so a hanging server turns into a retry instead of a stuck job.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      });
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
      await this.storeInMailbox([mail], manager);
      return;
    }
    await this.deliver(mail);
  }

  /** Mailbox mode: stores the messages in the caller's transaction; a key seen before is ignored. */
  async storeInMailbox(mails: OutgoingMail[], manager: EntityManager): Promise<void> {
    if (!mails.length) return;
    // One JSON parameter for the whole batch: cheaper than one parameter per column per row.
    await sql(manager)
      .insertInto('mailboxMessages')
      .columns(['toAddress', 'subject', 'text', 'html', 'idempotencyKey'])
      .expression((eb) =>
        eb
          .selectFrom(recordset('mailboxMessages', mailboxRows(mails)).as('t'))
          .select(['t.toAddress', 't.subject', 't.text', 't.html', 't.idempotencyKey']),
      )
      .onConflict((oc) => oc.column('idempotencyKey').doNothing())
      .execute();
  }

  /** SMTP mode: hands the message to the server; throws MailDeliveryError when it refuses. */
  async deliver(mail: OutgoingMail): Promise<void> {
    if (!this.transport) throw new Error('No SMTP server configured');
    try {
      await this.transport.sendMail({
        from: this.config.mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        // The same Message-ID on a resend lets receiving servers drop the duplicate.
        messageId: `<${mail.idempotencyKey}@gilde>`,
        headers: { 'X-Gilde-Idempotency-Key': mail.idempotencyKey, ...(mail.headers ?? {}) },
      });
    } catch (err) {
      const e = err as { responseCode?: number; message?: string };
      const permanent = typeof e.responseCode === 'number' && e.responseCode >= 500;
      throw new MailDeliveryError(`SMTP: ${e.message ?? String(err)}`, permanent);
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}

/** Mailbox rows (column names as stored) for a batch of messages. */
export function mailboxRows(mails: OutgoingMail[]) {
  return mails.map((m) => ({
    to_address: m.to,
    subject: m.subject,
    text: m.text,
    html: m.html ?? null,
    idempotency_key: m.idempotencyKey,
  }));
}
