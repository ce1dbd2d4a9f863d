import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@gilde/kernel';
import { AuthUser } from '../access/auth-user';
import { AccountType, Locale } from '../entities/user.entity';
import { isPlatformAdmin } from './platform-admin';

interface UserRow {
  id: string;
  email: string;
  display_name: string;
  account_type: AccountType;
  locale: Locale;
  platform_admin_granted_at: Date | null;
  email_verified_at: Date | null;
}

export { normaliseEmail } from './normalise-email';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async findActiveAuthUser(id: string, manager?: EntityManager): Promise<AuthUser | null> {
    const rows: UserRow[] = await (manager ?? this.dataSource).query(
      `SELECT id, email, display_name, account_type, locale, platform_admin_granted_at,
              email_verified_at
         FROM users WHERE id = $1 AND erased_at IS NULL`,
      [id],
    );
    const row = rows[0];
    return row ? this.toAuthUser(row) : null;
  }

  /** Whether the account would be a platform admin but for its unverified address. */
  async isAdminPendingVerification(user: AuthUser): Promise<boolean> {
    if (user.emailVerified) return false;
    const rows: { granted_at: Date | null }[] = await this.dataSource.query(
      `SELECT platform_admin_granted_at AS granted_at FROM users WHERE id = $1`,
      [user.id],
    );
    return isPlatformAdmin(
      {
        email: user.email,
        platformAdminGrantedAt: rows[0]?.granted_at ?? null,
        emailVerifiedAt: new Date(),
      },
      this.config.auth.platformAdminEmails,
    );
  }

  toAuthUser(row: UserRow): AuthUser {
    return {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      accountType: row.account_type,
      locale: row.locale,
      isPlatformAdmin: isPlatformAdmin(
        {
          email: row.email,
          platformAdminGrantedAt: row.platform_admin_granted_at,
          emailVerifiedAt: row.email_verified_at,
        },
        this.config.auth.platformAdminEmails,
      ),
      emailVerified: row.email_verified_at !== null,
    };
  }
}
