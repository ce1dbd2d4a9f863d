import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, apiError, invalidField, sql } from '@gilde/kernel';
import { AuthUser } from '../access/auth-user';
import { IdentityErrors, IdentityFieldCodes } from '../identity.errors';
import { AccountsService, RequestOrigin } from '../accounts/accounts.service';
import { LoginDto, RegisterDto, TokensView } from '../dto/auth.dto';
import { RefreshToken } from '../entities/refresh-token.entity';
import { User } from '../entities/user.entity';
import { normaliseEmail } from '../users/normalise-email';
import { UsersService } from '../users/users.service';
import { LoginLimiterService } from './login-limiter.service';
import { SessionRevocationsService } from './session-revocations.service';
import { TokenService } from './token.service';

const ARGON2_OPTIONS = {
  type: argon2.argon2id as 2,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

const NO_ORIGIN: RequestOrigin = { ip: null, userAgent: null };

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Security');
  /** Verified against when the e-mail is unknown, so both cases take the same time. */
  private readonly dummyHash: Promise<string>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly users: UsersService,
    private readonly limiter: LoginLimiterService,
    private readonly config: AppConfig,
    private readonly revocations: SessionRevocationsService,
    private readonly accounts: AccountsService,
  ) {
    this.dummyHash = argon2.hash(randomUUID(), ARGON2_OPTIONS);
  }

  async register(dto: RegisterDto, origin: RequestOrigin = NO_ORIGIN): Promise<TokensView> {
    const email = normaliseEmail(dto.email);
    const password = dto.password;
    const local = email.split('@')[0] ?? '';
    if (password.toLowerCase() === email || password.toLowerCase() === local) {
      throw invalidField(
        'password',
        IdentityFieldCodes.weak_password,
        'password must not be your e-mail address',
      );
    }
    const passwordHash = await argon2.hash(password, ARGON2_OPTIONS);
    return this.dataSource.transaction(async (manager) => {
      const inserted = await sql(manager)
        .insertInto('users')
        .values({
          email,
          passwordHash,
          displayName: dto.displayName.trim(),
          accountType: dto.accountType,
        })
        .onConflict((oc) => oc.column('email').doNothing())
        .returning('id')
        .executeTakeFirst();
      const id = inserted?.id;
      if (!id) {
        throw apiError(
          409,
          IdentityErrors.email_taken,
          'An account with this e-mail address already exists.',
        );
      }
      const user = await manager.findOneByOrFail(User, { id });
      await this.accounts.requestVerification(manager, id, email);
      return this.issue(manager, this.users.toAuthUser(user), randomUUID(), origin);
    });
  }

  async login(dto: LoginDto, ip: string, userAgent: string | null = null): Promise<TokensView> {
    const email = normaliseEmail(dto.email);
    await this.limiter.assertAllowed(email, ip);
    const user = await this.dataSource.getRepository(User).findOneBy({ email });
    const hash = user?.passwordHash && !user.erasedAt ? user.passwordHash : await this.dummyHash;
    const ok = await argon2.verify(hash, dto.password).catch(() => false);
    if (!ok || !user || user.erasedAt) {
      await this.limiter.recordFailure(email, ip);
      this.logger.warn({ event: 'auth.login_failed', ip }, 'Failed sign-in');
      throw apiError(
        401,
        IdentityErrors.invalid_credentials,
        'E-mail address or password is wrong.',
      );
    }
    await this.limiter.recordSuccess(email);
    return this.dataSource.transaction((manager) =>
      this.issue(manager, this.users.toAuthUser(user), randomUUID(), {
        ip: ip || null,
        userAgent,
      }),
    );
  }

  /** Rotates a refresh token. A token presented twice revokes its whole family. */
  async refresh(presented: string, origin: RequestOrigin = NO_ORIGIN): Promise<TokensView> {
    const [id, secret] = presented.split('.');
    const message = 'The refresh token is invalid, expired or already used. Sign in again.';
    const invalid = apiError(401, IdentityErrors.refresh_token_invalid, message);
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) throw invalid;
    const outcome = await this.dataSource.transaction(async (manager) => {
      const token = await manager.findOne(RefreshToken, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!token || token.tokenHash !== this.tokens.hash(secret)) return 'invalid' as const;
      if (token.usedAt || token.revokedAt) {
        await manager.update(RefreshToken, { familyId: token.familyId }, { revokedAt: new Date() });
        this.logger.warn(
          { event: 'auth.refresh_reuse', userId: token.userId },
          'Refresh token reused; family revoked',
        );
        return { reused: token } as const;
      }
      if (token.expiresAt.getTime() <= Date.now()) return 'invalid' as const;
      const user = await this.users.findActiveAuthUser(token.userId, manager);
      if (!user) return 'invalid' as const;
      await manager.update(RefreshToken, { id: token.id }, { usedAt: new Date() });
      return this.issue(manager, user, token.familyId, origin);
    });
    if (outcome === 'invalid') throw invalid;
    if ('reused' in outcome) {
      await this.revocations.revoked({
        userId: outcome.reused.userId,
        familyId: outcome.reused.familyId,
      });
      throw apiError(401, IdentityErrors.token_reused, message);
    }
    return outcome;
  }

  /** Ends a session: revokes the family of the given refresh token. */
  async logout(presented: string, userId: string): Promise<void> {
    const [id] = presented.split('.');
    if (!id || !/^[0-9a-f-]{36}$/.test(id)) return;
    const revoked = await sql(this.dataSource)
      .updateTable('refreshTokens')
      .set((eb) => ({ revokedAt: eb.fn('now') }))
      .where('familyId', '=', (eb) =>
        eb
          .selectFrom('refreshTokens')
          .select('familyId')
          .where('id', '=', id)
          .where('userId', '=', userId),
      )
      .where('revokedAt', 'is', null)
      .returning('familyId')
      .executeTakeFirst();
    const familyId = revoked?.familyId;
    if (familyId) await this.revocations.revoked({ userId, familyId });
  }

  /**
   * A new sign-in (refresh-token family) for an account another proof already vouched for (the
   * organisation's identity provider), inside the caller's transaction.
   */
  async startSession(
    manager: EntityManager,
    userId: string,
    origin: RequestOrigin,
  ): Promise<TokensView> {
    const user = await this.users.findActiveAuthUser(userId, manager);
    if (!user) throw new Error(`no active account ${userId}`);
    return this.issue(manager, user, randomUUID(), origin);
  }

  private async issue(
    manager: EntityManager,
    user: AuthUser,
    familyId: string,
    origin: RequestOrigin,
  ): Promise<TokensView> {
    const secret = this.tokens.newRefreshSecret();
    const expiresAt = new Date(Date.now() + this.config.auth.refreshTtlDays * 86400_000);
    const saved = await manager.save(
      manager.create(RefreshToken, {
        userId: user.id,
        familyId,
        tokenHash: this.tokens.hash(secret),
        expiresAt,
        userAgent: origin.userAgent,
        ip: origin.ip,
      }),
    );
    return {
      user,
      accessToken: this.tokens.signAccessToken(user.id, familyId),
      refreshToken: `${saved.id}.${secret}`,
      expiresIn: this.config.auth.accessTtlSeconds,
    };
  }
}
