import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { AuthUser, IdentityErrors, TokenService, UsersService } from '@gilde/identity';
import { AppConfig, KernelErrors, REDIS, apiError } from '@gilde/kernel';
import { NotificationErrors } from '../notifications.errors';
import { STREAM_TOKEN_TTL_SECONDS, StreamTokens } from '../tokens/stream-tokens.service';

/**
 * Authentication for the two routes that must answer before (or without) the access guard:
 * the event stream (a browser's EventSource cannot send headers, so it may bring a one-time
 * stream token instead) and the development mailbox (404 in production for everyone).
 */
@Injectable()
export class RequestAuthenticator {
  constructor(
    private readonly tokens: TokenService,
    private readonly users: UsersService,
    private readonly streamTokens: StreamTokens,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  async fromBearer(header: string | string[] | undefined): Promise<AuthUser> {
    const token =
      typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    if (!token)
      throw apiError(
        401,
        KernelErrors.unauthenticated,
        'Sign in first: send Authorization: Bearer <accessToken>.',
      );
    const userId = await this.tokens.verifyAccessToken(token);
    if (!userId) {
      throw apiError(
        401,
        IdentityErrors.access_token_invalid,
        'The access token is invalid or expired.',
      );
    }
    return this.active(userId);
  }

  /** A stream token works once: its id is burnt in Redis on first use. */
  async fromStreamToken(token: string): Promise<AuthUser> {
    const claims = this.streamTokens.verify(token);
    if (!claims)
      throw apiError(
        401,
        NotificationErrors.stream_token_invalid,
        'The stream token is invalid or expired; ask for a new one.',
      );
    let first: string | null;
    try {
      first = await this.redis.set(
        `${this.config.redis.queuePrefix}:stream-token:${claims.jti}`,
        '1',
        'EX',
        STREAM_TOKEN_TTL_SECONDS * 2,
        'NX',
      );
    } catch {
      throw apiError(
        503,
        NotificationErrors.stream_unavailable,
        'Live notifications are unavailable right now; try again shortly.',
      );
    }
    if (first !== 'OK') {
      throw apiError(
        401,
        NotificationErrors.stream_token_used,
        'This stream token was already used; ask for a new one.',
      );
    }
    return this.active(claims.sub);
  }

  private async active(userId: string): Promise<AuthUser> {
    const user = await this.users.findActiveAuthUser(userId);
    if (!user) throw apiError(401, IdentityErrors.account_gone, 'The account no longer exists.');
    return user;
  }
}
