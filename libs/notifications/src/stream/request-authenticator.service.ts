import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import {
  AuthUser,
  IdentityErrors,
  SessionRevocationsService,
  TokenService,
  UsersService,
} from '@gilde/identity';
import { AppConfig, KernelErrors, REDIS, apiError } from '@gilde/kernel';
import { NotificationErrors } from '../notifications.errors';
import {
  STREAM_TOKEN_TTL_SECONDS,
  StreamSession,
  StreamTokensService,
} from '../tokens/stream-tokens.service';

/** Who opens a stream, and the session it ends with. */
export interface StreamCaller {
  user: AuthUser;
  session: StreamSession;
}

/**
 * Authentication for the two routes that must answer before (or without) the access guard:
 * the event stream (a browser's EventSource cannot send headers, so it may bring a one-time
 * stream token instead) and the development mailbox (404 in production for everyone).
 */
@Injectable()
export class RequestAuthenticatorService {
  constructor(
    private readonly tokens: TokenService,
    private readonly users: UsersService,
    private readonly streamTokens: StreamTokensService,
    private readonly sessions: SessionRevocationsService,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  async fromBearer(header: string | string[] | undefined): Promise<StreamCaller> {
    const token =
      typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    if (!token)
      throw apiError(
        401,
        KernelErrors.unauthenticated,
        'Sign in first: send Authorization: Bearer <accessToken>.',
      );
    const session = await this.tokens.verifyAccessSession(token);
    if (!session) {
      throw apiError(
        401,
        IdentityErrors.access_token_invalid,
        'The access token is invalid or expired.',
      );
    }
    return this.active(session.userId, session);
  }

  /** A stream token works once: its id is burnt in Redis on first use. */
  async fromStreamToken(token: string): Promise<StreamCaller> {
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
    return this.active(claims.sub, {
      familyId: claims.fam,
      expiresAt: new Date(claims.sxp * 1000),
    });
  }

  /** The bearer's account, for the development mailbox. */
  async userFromBearer(header: string | string[] | undefined): Promise<AuthUser> {
    return (await this.fromBearer(header)).user;
  }

  /** Whether the sign-in behind a stream still stands (tokens outside a sign-in always do). */
  async stillActive(session: StreamSession): Promise<boolean> {
    return !session.familyId || this.sessions.isActive(session.familyId);
  }

  private async active(userId: string, session: StreamSession): Promise<StreamCaller> {
    const user = await this.users.findActiveAuthUser(userId);
    if (!user) throw apiError(401, IdentityErrors.account_gone, 'The account no longer exists.');
    // A stream outlives the request: one opened with a token of a signed-out session would
    // otherwise run until that token expires.
    if (!(await this.stillActive(session))) {
      throw apiError(401, IdentityErrors.session_ended, 'This session has ended; sign in again.');
    }
    return { user, session };
  }
}
