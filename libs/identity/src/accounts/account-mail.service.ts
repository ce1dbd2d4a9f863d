import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Locale } from '../entities/user.entity';
import { AccountTokenPurpose } from './account-token.entity';
import { AccountTokens } from './account-tokens.service';
import { describeDevice } from './device';

/** What a link mail needs: to whom, in which language, the token, until when. */
export interface AccountLinkMail {
  email: string;
  displayName: string;
  locale: Locale;
  token: string;
  expiresAt: Date;
}

/** What the "your password was changed" mail says. */
export interface SecurityEventMail {
  email: string;
  displayName: string;
  locale: Locale;
  kind: 'password_changed' | 'password_reset';
  at: Date;
  ip: string | null;
  device: string | null;
}

/** Reads, by id, what the account mails need; the mail jobs call it (it owns the tables). */
@Injectable()
export class AccountMailService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AccountTokens,
  ) {}

  /** The link of an account token, or null when it is used, expired or no longer applies. */
  async linkForMail(
    tokenId: string,
    purpose: AccountTokenPurpose,
  ): Promise<AccountLinkMail | null> {
    const rows: {
      email: string;
      display_name: string;
      locale: Locale;
      expires_at: Date;
      verified: boolean;
    }[] = await this.dataSource.query(
      `SELECT t.email, u.display_name, u.locale, t.expires_at,
              u.email_verified_at IS NOT NULL AS verified
         FROM account_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.id = $1 AND t.purpose = $2 AND t.used_at IS NULL AND t.expires_at > now()
          AND u.erased_at IS NULL AND u.email = t.email`,
      [tokenId, purpose],
    );
    const row = rows[0];
    if (!row || (purpose === 'verify_email' && row.verified)) return null;
    return {
      email: row.email,
      displayName: row.display_name,
      locale: row.locale,
      token: this.tokens.token(tokenId, purpose),
      expiresAt: row.expires_at,
    };
  }

  async securityEventForMail(eventId: string): Promise<SecurityEventMail | null> {
    const rows: {
      email: string | null;
      display_name: string;
      locale: Locale;
      kind: SecurityEventMail['kind'];
      created_at: Date;
      ip: string | null;
      user_agent: string | null;
    }[] = await this.dataSource.query(
      `SELECT u.email, u.display_name, u.locale, e.kind, e.created_at, e.ip, e.user_agent
         FROM account_security_events e JOIN users u ON u.id = e.user_id
        WHERE e.id = $1 AND u.erased_at IS NULL`,
      [eventId],
    );
    const row = rows[0];
    if (!row?.email) return null;
    return {
      email: row.email,
      displayName: row.display_name,
      locale: row.locale,
      kind: row.kind,
      at: row.created_at,
      ip: row.ip,
      device: describeDevice(row.user_agent),
    };
  }
}
