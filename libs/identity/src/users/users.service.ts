import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, sql } from '@gilde/kernel';
import { AuthUser } from '../access/auth-user';
import { AccountType, Locale } from '../entities/user.entity';
import { isPlatformAdmin } from './platform-admin';

/** The account columns a signed-in user is made of. */
export interface UserRow {
  id: string;
  email: string | null;
  displayName: string;
  accountType: string;
  locale: string;
  platformAdminGrantedAt: Date | null;
  emailVerifiedAt: Date | null;
}

export { normaliseEmail } from './normalise-email';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async findActiveAuthUser(id: string, manager?: EntityManager): Promise<AuthUser | null> {
    const row = await sql(manager ?? this.dataSource)
      .selectFrom('users')
      .select([
        'id',
        'email',
        'displayName',
        'accountType',
        'locale',
        'platformAdminGrantedAt',
        'emailVerifiedAt',
      ])
      .where('id', '=', id)
      .where('erasedAt', 'is', null)
      .executeTakeFirst();
    return row ? this.toAuthUser(row) : null;
  }

  /** Whether the account would be a platform admin but for its unverified address. */
  async isAdminPendingVerification(user: AuthUser): Promise<boolean> {
    if (user.emailVerified) return false;
    const row = await sql(this.dataSource)
      .selectFrom('users')
      .select('platformAdminGrantedAt')
      .where('id', '=', user.id)
      .executeTakeFirst();
    return isPlatformAdmin(
      {
        email: user.email,
        platformAdminGrantedAt: row?.platformAdminGrantedAt ?? null,
        emailVerifiedAt: new Date(),
      },
      this.config.auth.platformAdminEmails,
    );
  }

  toAuthUser(row: UserRow): AuthUser {
    return {
      id: row.id,
      // An account that is not erased has an address.
      email: row.email ?? '',
      displayName: row.displayName,
      accountType: row.accountType as AccountType,
      locale: row.locale as Locale,
      isPlatformAdmin: isPlatformAdmin(
        {
          email: row.email,
          platformAdminGrantedAt: row.platformAdminGrantedAt,
          emailVerifiedAt: row.emailVerifiedAt,
        },
        this.config.auth.platformAdminEmails,
      ),
      emailVerified: row.emailVerifiedAt !== null,
    };
  }
}
