import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccountSettings, AuthUser, UserDirectory } from '@gilde/identity';
import { FieldError, invalidFields, notFound, sql } from '@gilde/kernel';
import { NotificationFieldCodes } from '../notifications.errors';
import { DigestSchedulesService } from '../digest/digest-schedules.service';
import { KINDS_FOR, KindPreference, appliesTo } from '../domain/default-preferences';
import { StoredPreference, effectivePreference } from '../domain/effective-preference';
import { NOTIFICATION_KINDS, NotificationKind } from '../domain/notification-kinds';
import { isValidTimeZone } from '../domain/time-zones';
import { UnsubscribeTokensService } from '../tokens/unsubscribe-tokens.service';
import {
  NotificationPreferencesView,
  UnsubscribedView,
  UpdatePreferencesDto,
} from './preferences.dto';

/**
 * Preferences per person and kind. Without a stored choice the defaults for the person's
 * role apply; every change is appended to the consent log with where it came from.
 */
@Injectable()
export class PreferencesService {
  private readonly logger = new Logger(PreferencesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly unsubscribeTokens: UnsubscribeTokensService,
    private readonly schedules: DigestSchedulesService,
    private readonly users: UserDirectory,
  ) {}

  async get(user: AuthUser): Promise<NotificationPreferencesView> {
    return this.read(this.dataSource.manager, user.id);
  }

  async update(user: AuthUser, dto: UpdatePreferencesDto): Promise<NotificationPreferencesView> {
    const problems: FieldError[] = [];
    const changes: [NotificationKind, KindPreference][] = [];
    for (const kind of NOTIFICATION_KINDS) {
      const pref = dto[kind];
      if (!pref) continue;
      if (!appliesTo(user.accountType, kind)) {
        problems.push({
          field: kind,
          code: NotificationFieldCodes.not_for_account_type,
          message: `${kind}: ${user.accountType} accounts do not receive ${kind} notifications`,
        });
      } else if (pref.frequency !== 'off' && pref.channels.length === 0) {
        problems.push({
          field: `${kind}.channels`,
          code: NotificationFieldCodes.channel_required,
          message: `${kind}.channels: choose at least one channel, or set frequency to off`,
        });
      } else {
        changes.push([kind, { channels: [...pref.channels].sort(), frequency: pref.frequency }]);
      }
    }
    if (dto.timeZone !== undefined && !isValidTimeZone(dto.timeZone)) {
      problems.push({
        field: 'timeZone',
        code: NotificationFieldCodes.invalid_time_zone,
        message: 'timeZone must be an IANA time zone such as Europe/Amsterdam',
      });
    }
    if (problems.length) throw invalidFields(problems);

    const view = await this.dataSource.transaction(async (manager) => {
      // Serialises concurrent updates of one person's preferences.
      const account = await this.account(manager, user.id, true);
      for (const [kind, pref] of changes)
        await this.store(manager, user.id, account, kind, pref, 'settings');
      if (dto.timeZone !== undefined || dto.locale !== undefined) {
        await this.users.updateSettings(
          user.id,
          { timeZone: dto.timeZone, locale: dto.locale },
          manager,
        );
      }
      return this.read(manager, user.id);
    });
    if (dto.timeZone) {
      // The worker also syncs hourly; doing it now means tomorrow's digest is on time.
      await this.schedules
        .ensure(dto.timeZone)
        .catch((err: Error) =>
          this.logger.warn(`Digest scheduler for ${dto.timeZone} not set up yet: ${err.message}`),
        );
    }
    return view;
  }

  /** The kind an unsubscribe link is for, checked without changing anything (the GET page). */
  async unsubscribeKind(token: string): Promise<NotificationKind> {
    const claims = this.unsubscribeTokens.verify(token);
    if (!claims || !(await this.account(this.dataSource.manager, claims.userId))) {
      throw notFound('Unsubscribe link');
    }
    return claims.kind;
  }

  /** One-click unsubscribe: e-mail of one kind off; in-app stays as it was. */
  async unsubscribe(token: string): Promise<UnsubscribedView> {
    const claims = this.unsubscribeTokens.verify(token);
    if (!claims) throw notFound('Unsubscribe link');
    return this.dataSource.transaction(async (manager) => {
      const account = await this.account(manager, claims.userId, true);
      if (!account) throw notFound('Unsubscribe link');
      const stored = await this.storedFor(manager, claims.userId);
      const current = effectivePreference(account.accountType, claims.kind, stored[claims.kind]);
      const channels = current.channels.filter((c) => c !== 'email');
      const next: KindPreference = {
        channels,
        frequency: channels.length ? current.frequency : 'off',
      };
      await this.store(manager, claims.userId, account, claims.kind, next, 'unsubscribe_link');
      return { kind: claims.kind, email: 'off', preference: next };
    });
  }

  private async store(
    manager: EntityManager,
    userId: string,
    account: AccountSettings | null,
    kind: NotificationKind,
    pref: KindPreference,
    source: string,
  ): Promise<void> {
    if (!account) throw notFound('Account');
    const stored = await this.storedFor(manager, userId);
    const before = effectivePreference(account.accountType, kind, stored[kind]);
    await sql(manager)
      .insertInto('notificationPreferences')
      .values({ userId, kind, channels: pref.channels, frequency: pref.frequency })
      .onConflict((oc) =>
        oc.columns(['userId', 'kind']).doUpdateSet((eb) => ({
          channels: eb.ref('excluded.channels'),
          frequency: eb.ref('excluded.frequency'),
          updatedAt: eb.fn('now'),
        })),
      )
      .execute();
    const unchanged =
      stored[kind] !== undefined &&
      before.frequency === pref.frequency &&
      before.channels.join() === [...pref.channels].sort().join();
    if (!unchanged) {
      await sql(manager)
        .insertInto('notificationPreferenceChanges')
        .values({ userId, kind, channels: pref.channels, frequency: pref.frequency, source })
        .execute();
    }
  }

  private account(
    manager: EntityManager,
    userId: string,
    lock = false,
  ): Promise<AccountSettings | null> {
    return this.users.accountSettings(userId, manager, { lock });
  }

  private async storedFor(
    manager: EntityManager,
    userId: string,
  ): Promise<Record<string, StoredPreference>> {
    const rows = await sql(manager)
      .selectFrom('notificationPreferences')
      .select(['kind', 'channels', 'frequency'])
      .where('userId', '=', userId)
      .execute();
    return Object.fromEntries(
      rows.map((r) => [r.kind, { channels: r.channels, frequency: r.frequency }]),
    );
  }

  private async read(manager: EntityManager, userId: string): Promise<NotificationPreferencesView> {
    const account = await this.account(manager, userId);
    if (!account) throw notFound('Account');
    const stored = await this.storedFor(manager, userId);
    const view: NotificationPreferencesView = {
      timeZone: account.timeZone,
      locale: account.locale === 'nl' ? 'nl' : 'en',
    };
    for (const kind of KINDS_FOR[account.accountType] ?? []) {
      view[kind] = effectivePreference(account.accountType, kind, stored[kind]);
    }
    return view;
  }
}
