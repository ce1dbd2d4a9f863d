import { createHmac, timingSafeEqual } from 'node:crypto';
import type {} from '@fastify/cookie';
import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig, apiError } from '@gilde/kernel';
import { IdentityErrors } from '../identity.errors';

/** The refresh token: httpOnly, sent only to the auth routes (refresh and logout). */
export const REFRESH_COOKIE = 'gilde_refresh';
/** The CSRF token the web app reads and echoes in CSRF_HEADER (double submit). */
export const CSRF_COOKIE = 'gilde_csrf';
export const CSRF_HEADER = 'x-csrf-token';
/** The auth routes under the API prefix (apps/api sets /api/v1). */
export const AUTH_COOKIE_PATH = '/api/v1/auth';

/**
 * The browser's session: the refresh token in an httpOnly, SameSite=Strict cookie scoped to the
 * auth routes (script on the page can never read it), and a CSRF token in a readable cookie that
 * the web app sends back as a header. The CSRF token is an HMAC of the refresh token's id, so a
 * cookie planted by someone else (a sibling subdomain) never matches a session it did not get
 * from us.
 */
@Injectable()
export class SessionCookiesService {
  private readonly key: Buffer;

  constructor(private readonly config: AppConfig) {
    this.key = createHmac('sha256', config.auth.jwtSecret).update('gilde:csrf').digest();
  }

  set(reply: FastifyReply, refreshToken: string): void {
    const common = {
      sameSite: 'strict' as const,
      secure: this.config.isProduction,
      maxAge: this.config.auth.refreshTtlDays * 86400,
    };
    reply.setCookie(REFRESH_COOKIE, refreshToken, {
      ...common,
      httpOnly: true,
      path: AUTH_COOKIE_PATH,
    });
    reply.setCookie(CSRF_COOKIE, this.csrfToken(refreshToken), {
      ...common,
      httpOnly: false,
      path: '/',
    });
  }

  clear(reply: FastifyReply): void {
    const common = { sameSite: 'strict' as const, secure: this.config.isProduction };
    reply.clearCookie(REFRESH_COOKIE, { ...common, httpOnly: true, path: AUTH_COOKIE_PATH });
    reply.clearCookie(CSRF_COOKIE, { ...common, path: '/' });
  }

  /**
   * The refresh token the cookie carries, once the request proved it comes from our page (its
   * CSRF header matches); null when there is no cookie. A cookie without a matching header is
   * refused with 403 before anything changes.
   */
  fromRequest(request: FastifyRequest): string | null {
    const token = request.cookies?.[REFRESH_COOKIE];
    if (!token) return null;
    const header = request.headers[CSRF_HEADER];
    const given = Buffer.from(typeof header === 'string' ? header : '');
    const expected = Buffer.from(this.csrfToken(token));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw apiError(
        403,
        IdentityErrors.csrf_mismatch,
        `The ${CSRF_HEADER} header is missing or does not match the session; reload the page.`,
      );
    }
    return token;
  }

  private csrfToken(refreshToken: string): string {
    const id = refreshToken.split('.')[0] ?? '';
    return createHmac('sha256', this.key).update(id).digest('base64url');
  }
}
