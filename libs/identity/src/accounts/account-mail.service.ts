import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sql } from '@gilde/kernel';
import { Locale } from '../entities/user.entity';
import { AccountTokenPurpose } from './account-token.entity';
import { AccountTokensService } from './account-tokens.service';
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
    private readonly tokens: AccountTokensService,
  ) {}

  /** The link of an account token, or null when it is used, expired or no longer applies. */
  async linkForMail(
    tokenId: string,
    purpose: AccountTokenPurpose,
  ): Promise<AccountLinkMail | null> {
    const row = await sql(this.dataSource)
      .selectFrom('accountTokens as t')
      .innerJoin('users as u', 'u.id', 't.userId')
      .select(['t.email', 'u.displayName', 'u.locale', 't.expiresAt', 'u.emailVerifiedAt'])
      .where('t.id', '=', tokenId)
      .where('t.purpose', '=', purpose)
      .where('t.usedAt', 'is', null)
      .where('t.expiresAt', '>', (eb) => eb.fn<Date>('now'))
      .where('u.erasedAt', 'is', null)
      .whereRef('u.email', '=', 't.email')
      .executeTakeFirst();
    if (!row || (purpose === 'verify_email' && row.emailVerifiedAt !== null)) return null;
    return {
      email: row.email,
      displayName: row.displayName,
      locale: row.locale as Locale,
      token: this.tokens.token(tokenId, purpose),
      expiresAt: row.expiresAt,
    };
  }

  async securityEventForMail(eventId: string): Promise<SecurityEventMail | null> {
    const row = await sql(this.dataSource)
      .selectFrom('accountSecurityEvents as e')
      .innerJoin('users as u', 'u.id', 'e.userId')
      .select([
        'u.email',
        'u.displayName',
        'u.locale',
        'e.kind',
        'e.createdAt',
        'e.ip',
        'e.userAgent',
      ])
      .where('e.id', '=', eventId)
      .where('u.erasedAt', 'is', null)
      .executeTakeFirst();
    if (!row?.email) return null;
    return {
      email: row.email,
      displayName: row.displayName,
      locale: row.locale as Locale,
      kind: row.kind as SecurityEventMail['kind'],
      at: row.createdAt,
      ip: row.ip,
      device: describeDevice(row.userAgent),
    };
  }
}
