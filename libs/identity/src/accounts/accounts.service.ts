import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource, EntityManager } from 'typeorm';
import { sql as fragment } from 'kysely';
import { AppConfig, EVENTS, REDIS, apiError, appendToOutbox, notFound, sql } from '@gilde/kernel';
import { AuthUser } from '../access/auth-user';
import { LoginLimiterService } from '../auth/login-limiter.service';
import { SessionRevocationsService } from '../auth/session-revocations.service';
import { User } from '../entities/user.entity';
import { normaliseEmail } from '../users/normalise-email';
import { AccountSecurityEvent, AccountSecurityEventKind } from './account-security-event.entity';
import { AccountTokensService } from './account-tokens.service';
import { AccountErrors } from './accounts.errors';
import { describeDevice } from './device';
import { assertPasswordPolicy, hashPassword, passwordMatches } from './passwords';
import { SessionView } from './accounts.dto';

/** Where a request came from, for the sessions list and the "password changed" mail. */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

/** User agents are free text from the client: stored capped. */
export function capUserAgent(value: string | string[] | undefined): string | null {
  const ua = Array.isArray(value) ? value[0] : value;
  return ua ? ua.slice(0, 400) : null;
}

/**
 * E-mail verification, password reset and change, the sessions list and profile basics.
 * Mails go through the outbox (the notifications library writes and sends them).
 */
@Injectable()
export class AccountsService {
  private readonly logger = new Logger('Security');
  /** Links mailed per account and hour: enough for a lost mail, too few to flood an inbox. */
  private readonly mailLimiter: RateLimiterRedis;
  /** Hashed for an unknown address, so both answers cost the same. */
  private readonly decoy: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) redis: Redis,
    config: AppConfig,
    private readonly tokens: AccountTokensService,
    private readonly revocations: SessionRevocationsService,
    private readonly limiter: LoginLimiterService,
  ) {
    this.mailLimiter = new RateLimiterRedis({
      storeClient: redis,
      useRedisPackage: false,
      keyPrefix: `${config.redis.queuePrefix}:account-mail`,
      points: 3,
      duration: 3600,
    });
    this.decoy = randomUUID();
  }

  /** Called by registration, in its transaction: stores a link and asks for the mail. */
  async requestVerification(manager: EntityManager, userId: string, email: string): Promise<void> {
    const tokenId = await this.tokens.issue(manager, userId, 'verify_email', email);
    await appendToOutbox(manager, {
      eventType: EVENTS.accountVerificationRequested,
      tenantId: userId,
      aggregateType: 'account_token',
      aggregateId: tokenId,
    });
  }

  async resendVerification(user: AuthUser): Promise<void> {
    if (user.emailVerified) {
      throw apiError(
        409,
        AccountErrors.email_already_verified,
        'Your address is already verified.',
      );
    }
    await this.consumeMailPoint(`verify:${user.id}`, true);
    await this.dataSource.transaction((manager) =>
      this.requestVerification(manager, user.id, user.email),
    );
  }

  async verifyEmail(token: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.tokens.redeem(manager, token, 'verify_email');
      // The link proves the address it was sent to; after a change of address it proves nothing.
      await sql(manager)
        .updateTable('users')
        .set((eb) => ({ emailVerifiedAt: eb.fn.coalesce('emailVerifiedAt', eb.fn<Date>('now')) }))
        .where('id', '=', row.userId)
        .where('email', '=', row.email)
        .where('erasedAt', 'is', null)
        .execute();
    });
  }

  /** Always the same answer; a known address gets a link (unless it asked too often). */
  async requestPasswordReset(emailInput: string): Promise<void> {
    const email = normaliseEmail(emailInput);
    const user = await this.dataSource.getRepository(User).findOneBy({ email });
    if (!user || user.erasedAt || !(await this.consumeMailPoint(`reset:${email}`, false))) {
      // The same hashing work as a real link, so timing tells nothing about the address.
      this.tokens.hash(this.tokens.token(this.decoy, 'password_reset'));
      return;
    }
    await this.dataSource.transaction(async (manager) => {
      const tokenId = await this.tokens.issue(manager, user.id, 'password_reset', email);
      await appendToOutbox(manager, {
        eventType: EVENTS.accountPasswordResetRequested,
        tenantId: user.id,
        aggregateType: 'account_token',
        aggregateId: tokenId,
      });
    });
  }

  /** Sets the password from a reset link; every session of the account ends. */
  async confirmPasswordReset(
    token: string,
    password: string,
    origin: RequestOrigin,
  ): Promise<void> {
    const userId = await this.dataSource.transaction(async (manager) => {
      const row = await this.tokens.redeem(manager, token, 'password_reset');
      const user = await manager.findOne(User, {
        where: { id: row.userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user || user.erasedAt || user.email !== row.email) {
        throw apiError(
          400,
          AccountErrors.token_invalid,
          'This link is not valid or was already used.',
        );
      }
      await this.setPassword(manager, user, password, 'password');
      // The link arrived at the address: that proves it as well as a verification link.
      await sql(manager)
        .updateTable('users')
        .set((eb) => ({ emailVerifiedAt: eb.fn.coalesce('emailVerifiedAt', eb.fn<Date>('now')) }))
        .where('id', '=', user.id)
        .execute();
      await this.revokeFamilies(manager, user.id, null);
      await this.recordSecurityEvent(manager, user.id, 'password_reset', origin);
      // Old links go too: one reset must not leave another working.
      await sql(manager)
        .updateTable('accountTokens')
        .set((eb) => ({ usedAt: eb.fn('now') }))
        .where('userId', '=', user.id)
        .where('purpose', '=', 'password_reset')
        .where('usedAt', 'is', null)
        .execute();
      return user.id;
    });
    await this.revocations.revoked({ userId, familyId: null });
    this.logger.log({ event: 'auth.password_reset', userId }, 'Password reset');
  }

  /** Changes the password; every other session of the account ends. */
  async changePassword(
    caller: AuthUser,
    currentFamilyId: string | null,
    currentPassword: string,
    newPassword: string,
    origin: RequestOrigin,
  ): Promise<void> {
    const ip = origin.ip ?? 'unknown';
    await this.limiter.assertAllowed(caller.email, ip);
    const ended = await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(User, {
        where: { id: caller.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw notFound('Account');
      if (!(await passwordMatches(user.passwordHash, currentPassword))) {
        await this.limiter.recordFailure(caller.email, ip);
        throw apiError(
          HttpStatus.BAD_REQUEST,
          AccountErrors.password_wrong,
          'The current password is wrong.',
          {
            fields: [
              {
                field: 'currentPassword',
                code: AccountErrors.password_wrong,
                message: 'The current password is wrong.',
              },
            ],
          },
        );
      }
      await this.setPassword(manager, user, newPassword, 'newPassword');
      await this.recordSecurityEvent(manager, user.id, 'password_changed', origin);
      return this.revokeFamilies(manager, user.id, currentFamilyId);
    });
    await this.announce(caller.id, ended);
    this.logger.log({ event: 'auth.password_changed', userId: caller.id }, 'Password changed');
  }

  async sessions(userId: string, currentFamilyId: string | null): Promise<SessionView[]> {
    // The newest sign-in of each family tells where it was last used from.
    const newest = (column: 'userAgent' | 'ip') =>
      fragment<string | null>`(array_agg(${fragment.ref(column)} ORDER BY created_at DESC, id))[1]`;
    const rows = await sql(this.dataSource)
      .selectFrom('refreshTokens')
      .select((eb) => [
        'familyId',
        newest('userAgent').as('userAgent'),
        newest('ip').as('ip'),
        eb.fn.min('createdAt').as('createdAt'),
        eb.fn.max('createdAt').as('lastUsedAt'),
      ])
      .where('userId', '=', userId)
      .groupBy('familyId')
      .having((eb) =>
        eb.and([
          eb.fn<boolean>('bool_and', [eb('revokedAt', 'is', null)]),
          eb(eb.fn.max('expiresAt'), '>', eb.fn<Date>('now')),
        ]),
      )
      .orderBy((eb) => eb.fn.max('createdAt'), 'desc')
      .orderBy('familyId')
      .execute();
    return rows.map((r) => ({
      id: r.familyId,
      device: describeDevice(r.userAgent),
      userAgent: r.userAgent,
      ip: r.ip,
      createdAt: new Date(r.createdAt).toISOString(),
      lastUsedAt: new Date(r.lastUsedAt).toISOString(),
      current: r.familyId === currentFamilyId,
    }));
  }

  /** Ends one of the caller's sessions; another person's (or no such) session is 404. */
  async endSession(userId: string, familyId: string): Promise<void> {
    const ended = await sql(this.dataSource)
      .updateTable('refreshTokens')
      .set((eb) => ({ revokedAt: eb.fn('now') }))
      .where('userId', '=', userId)
      .where('familyId', '=', familyId)
      .where('revokedAt', 'is', null)
      .returning('familyId')
      .execute();
    if (!ended.length) throw notFound('Session');
    await this.revocations.revoked({ userId, familyId });
  }

  /** Ends every session of the caller, this one included. */
  async logoutAll(userId: string): Promise<void> {
    await this.dataSource.transaction((manager) => this.revokeFamilies(manager, userId, null));
    await this.revocations.revoked({ userId, familyId: null });
  }

  async updateMe(
    userId: string,
    changes: { displayName?: string; locale?: 'en' | 'nl' },
  ): Promise<void> {
    const set: Partial<User> = {};
    if (changes.displayName !== undefined) set.displayName = changes.displayName.trim();
    if (changes.locale !== undefined) set.locale = changes.locale;
    if (!Object.keys(set).length) return;
    await this.dataSource.getRepository(User).update({ id: userId }, set);
  }

  private async setPassword(
    manager: EntityManager,
    user: User,
    password: string,
    field: string,
  ): Promise<void> {
    assertPasswordPolicy(password, user.email ?? '', field);
    if (await passwordMatches(user.passwordHash, password)) {
      throw apiError(
        400,
        AccountErrors.password_unchanged,
        'Choose a password other than the current one.',
        {
          fields: [
            {
              field,
              code: AccountErrors.password_unchanged,
              message: `${field} must differ from the current password`,
            },
          ],
        },
      );
    }
    await manager.update(User, { id: user.id }, { passwordHash: await hashPassword(password) });
  }

  /** Revokes every open family of the user but `keep`; answers the families it ended. */
  private async revokeFamilies(
    manager: EntityManager,
    userId: string,
    keep: string | null,
  ): Promise<string[]> {
    let revoke = sql(manager)
      .updateTable('refreshTokens')
      .set((eb) => ({ revokedAt: eb.fn('now') }))
      .where('userId', '=', userId)
      .where('revokedAt', 'is', null);
    if (keep !== null) revoke = revoke.where('familyId', '<>', keep);
    const rows = await revoke.returning('familyId').execute();
    return [...new Set(rows.map((r) => r.familyId))];
  }

  private async announce(userId: string, families: string[]): Promise<void> {
    for (const familyId of families) await this.revocations.revoked({ userId, familyId });
  }

  private async recordSecurityEvent(
    manager: EntityManager,
    userId: string,
    kind: AccountSecurityEventKind,
    origin: RequestOrigin,
  ): Promise<void> {
    const event = await manager.save(
      manager.create(AccountSecurityEvent, {
        userId,
        kind,
        ip: origin.ip,
        userAgent: origin.userAgent,
      }),
    );
    await appendToOutbox(manager, {
      eventType: EVENTS.accountPasswordChanged,
      tenantId: userId,
      aggregateType: 'account_security_event',
      aggregateId: event.id,
    });
  }

  /**
   * Takes one mail from the account's hourly allowance. `loud` answers 429 when it is spent;
   * otherwise the caller is told false (a reset answer must not reveal anything).
   */
  private async consumeMailPoint(key: string, loud: boolean): Promise<boolean> {
    try {
      await this.mailLimiter.consume(key);
      return true;
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) {
        this.logger.warn(`Mail limiter unavailable: ${(err as Error).message}`);
        return true;
      }
      if (!loud) return false;
      const retryAfter = Math.ceil(err.msBeforeNext / 1000);
      throw apiError(
        429,
        'rate_limited',
        `Too many e-mails asked for. Try again in ${retryAfter} seconds.`,
        {
          retryAfter,
        },
      );
    }
  }
}
