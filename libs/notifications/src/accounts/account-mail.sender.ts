import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccountLinkMail, AccountMailService } from '@gilde/identity';
import { AppConfig, EventJobData, QUEUES, runOnce } from '@gilde/kernel';
import { MailerService } from '../mail/mailer.service';
import { AccountMail, passwordChangedMail } from './account-mail-text';

/**
 * What the account mail handlers share: one mail per event, sent once (runOnce and the
 * mailer's idempotency key), and nothing when the link was used or the account is gone.
 */
@Injectable()
export class AccountMailSender {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountMailService,
    private readonly mailer: MailerService,
    private readonly config: AppConfig,
  ) {}

  /** A mail carrying the account token's link to `path` on the web UI, while it is still open. */
  sendLink(
    event: EventJobData,
    purpose: 'verify_email' | 'password_reset',
    path: string,
    compose: (mail: AccountLinkMail, link: string) => AccountMail,
  ): Promise<void> {
    return this.send(event, path, async () => {
      const mail = await this.accounts.linkForMail(event.aggregateId, purpose);
      if (!mail) return null;
      const link = `${this.config.publicUrl}/${path}?token=${encodeURIComponent(mail.token)}`;
      return { to: mail.email, ...compose(mail, link) };
    });
  }

  /** The notice that the password changed, when and from where. */
  sendPasswordChanged(event: EventJobData): Promise<void> {
    return this.send(event, 'password-changed', async () => {
      const mail = await this.accounts.securityEventForMail(event.aggregateId);
      if (!mail) return null;
      return {
        to: mail.email,
        ...passwordChangedMail(mail, `${this.config.publicUrl}/forgot-password`),
      };
    });
  }

  private async send(
    event: EventJobData,
    key: string,
    compose: () => Promise<(AccountMail & { to: string }) | null>,
  ): Promise<void> {
    await runOnce(this.dataSource, event.eventId, QUEUES.notifications, async (manager) => {
      const mail = await compose();
      if (!mail) return;
      await this.mailer.send({ ...mail, idempotencyKey: `${key}-${event.aggregateId}` }, manager);
    });
  }
}
