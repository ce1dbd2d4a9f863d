import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig, REDIS } from '@gilde/kernel';

/** How long a user has at the identity provider before the attempt is forgotten. */
export const SSO_ATTEMPT_TTL_SECONDS = 600;

export interface SsoAttempt {
  organisationId: string;
  nonce: string;
  codeVerifier: string;
  /** Hash of the browser binding (a random value in an httpOnly cookie of the starting browser). */
  browserHash: string;
}

function hash(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

/**
 * Single sign-on attempts between /auth/sso/start and the callback, in Redis under their state:
 * kept server-side (the nonce and PKCE verifier never reach the browser), expiring, and taken
 * once (GETDEL), so a replayed state finds nothing. The attempt is also bound to the browser
 * that started it, so a callback URL planted in another browser does not sign that browser in.
 */
@Injectable()
export class SsoAttemptsService {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  async begin(organisationId: string): Promise<{
    state: string;
    nonce: string;
    codeVerifier: string;
    browserBinding: string;
  }> {
    const [state, nonce, codeVerifier, browserBinding] = [0, 0, 0, 0].map(() =>
      randomBytes(32).toString('base64url'),
    ) as [string, string, string, string];
    const attempt: SsoAttempt = {
      organisationId,
      nonce,
      codeVerifier,
      browserHash: hash(browserBinding),
    };
    await this.redis.set(this.key(state), JSON.stringify(attempt), 'EX', SSO_ATTEMPT_TTL_SECONDS);
    return { state, nonce, codeVerifier, browserBinding };
  }

  /** The attempt of `state`, once; null when unknown, expired, already taken or another browser's. */
  async take(state: string, browserBinding: string | undefined): Promise<SsoAttempt | null> {
    const stored = await this.redis.getdel(this.key(state));
    if (!stored || !browserBinding) return null;
    const attempt = JSON.parse(stored) as SsoAttempt;
    const given = Buffer.from(hash(browserBinding));
    const expected = Buffer.from(attempt.browserHash);
    return given.length === expected.length && timingSafeEqual(given, expected) ? attempt : null;
  }

  private key(state: string): string {
    return `${this.config.redis.queuePrefix}:sso-attempt:${hash(state)}`;
  }
}
