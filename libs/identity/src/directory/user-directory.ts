import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { sql } from '@gilde/kernel';
import { AccountType } from '../entities/user.entity';

/** What another library may know about a person to reach them. */
export interface UserContact {
  id: string;
  email: string | null;
  displayName: string;
  locale: string;
  timeZone: string;
  accountType: AccountType;
  erased: boolean;
}

/** The settings of an account that is not erased. */
export interface AccountSettings {
  accountType: AccountType;
  timeZone: string;
  locale: string;
}

/**
 * People, organisations and memberships as other libraries may read them: always by a batch of
 * ids (never one query per person), on the caller's manager so reads join its transaction.
 */
@Injectable()
export class UserDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(manager?: EntityManager) {
    return sql(manager ?? this.dataSource);
  }

  /** Contact data of the people with these ids, erased ones included (flagged). */
  async contacts(ids: string[], manager?: EntityManager): Promise<Map<string, UserContact>> {
    if (!ids.length) return new Map();
    const rows = await this.db(manager)
      .selectFrom('users')
      .select(['id', 'email', 'displayName', 'locale', 'timeZone', 'accountType', 'erasedAt'])
      .where('id', '=', (eb) => eb.fn.any(eb.val([...new Set(ids)])))
      .execute();
    return new Map(
      rows.map((r) => [
        r.id,
        {
          id: r.id,
          email: r.email,
          displayName: r.displayName,
          locale: r.locale,
          timeZone: r.timeZone,
          accountType: r.accountType as AccountType,
          erased: r.erasedAt !== null,
        },
      ]),
    );
  }

  /** Which of these ids belong to accounts that are not erased. */
  async activeIds(ids: string[], manager?: EntityManager): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.db(manager)
      .selectFrom('users')
      .select('id')
      .where('id', '=', (eb) => eb.fn.any(eb.val([...new Set(ids)])))
      .where('erasedAt', 'is', null)
      .execute();
    return new Set(rows.map((r) => r.id));
  }

  /** True when the account exists and has been erased. */
  async isErased(userId: string, manager?: EntityManager): Promise<boolean> {
    const row = await this.db(manager)
      .selectFrom('users')
      .select('id')
      .where('id', '=', userId)
      .where('erasedAt', 'is not', null)
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * The settings of an account that is not erased; `lock` holds its row until the caller's
   * transaction ends, which serialises concurrent changes of one person's settings.
   */
  async accountSettings(
    userId: string,
    manager?: EntityManager,
    options: { lock?: boolean } = {},
  ): Promise<AccountSettings | null> {
    let query = this.db(manager)
      .selectFrom('users')
      .select(['accountType', 'timeZone', 'locale'])
      .where('id', '=', userId)
      .where('erasedAt', 'is', null);
    if (options.lock) query = query.forUpdate();
    const row = await query.executeTakeFirst();
    return row ? { ...row, accountType: row.accountType as AccountType } : null;
  }

  /** Changes a person's time zone and/or locale (null leaves one as it is). */
  async updateSettings(
    userId: string,
    change: { timeZone?: string | null; locale?: string | null },
    manager?: EntityManager,
  ): Promise<void> {
    await this.db(manager)
      .updateTable('users')
      .set((eb) => ({
        timeZone: eb.fn.coalesce(eb.val(change.timeZone ?? null), eb.ref('timeZone')),
        locale: eb.fn.coalesce(eb.val(change.locale ?? null), eb.ref('locale')),
        updatedAt: eb.fn('now'),
      }))
      .where('id', '=', userId)
      .execute();
  }

  /** The time zones accounts that are not erased live in, as stored (unchecked). */
  async timeZonesInUse(manager?: EntityManager): Promise<string[]> {
    const rows = await this.db(manager)
      .selectFrom('users')
      .select('timeZone')
      .distinct()
      .where('erasedAt', 'is', null)
      .execute();
    return rows.map((r) => r.timeZone);
  }

  /** Names of the organisations with these ids. */
  async organisationNames(ids: string[], manager?: EntityManager): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.db(manager)
      .selectFrom('organisations')
      .select(['id', 'name'])
      .where('id', '=', (eb) => eb.fn.any(eb.val([...new Set(ids)])))
      .execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** The roles a person holds in an organisation; empty when not a member. */
  async rolesIn(
    userId: string,
    organisationId: string,
    manager?: EntityManager,
  ): Promise<string[]> {
    const row = await this.db(manager)
      .selectFrom('memberships')
      .select('roles')
      .where('userId', '=', userId)
      .where('organisationId', '=', organisationId)
      .executeTakeFirst();
    return row?.roles ?? [];
  }

  /** Members of the organisation holding `role` whose account is not erased, oldest membership first. */
  async membersWithRole(
    organisationId: string,
    role: string,
    manager?: EntityManager,
  ): Promise<string[]> {
    const rows = await this.db(manager)
      .selectFrom('memberships as m')
      .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'm.userId').on('u.erasedAt', 'is', null))
      .select('m.userId')
      .where('m.organisationId', '=', organisationId)
      .where((eb) => eb(eb.val(role), '=', eb.fn.any('m.roles')))
      .orderBy('m.createdAt')
      .orderBy('m.userId')
      .execute();
    return rows.map((r) => r.userId);
  }
}
