import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@gilde/kernel';

export const STREAM_TOKEN_TTL_SECONDS = 60;

interface StreamClaims {
  sub: string;
  exp: number;
  jti: string;
  /** The sign-in (refresh family) of the access token it was issued for, if any. */
  fam: string | null;
  /** When that access token expires (seconds): the stream ends then. */
  sxp: number;
}

/** The session a stream belongs to: it ends when the session is revoked or expires. */
export interface StreamSession {
  familyId: string | null;
  expiresAt: Date;
}

/**
 * Short-lived tokens for the notification stream. A browser's EventSource cannot send an
 * Authorization header, so it passes one of these as ?token=; it is good for one stream
 * only (the caller burns its jti) and expires within a minute.
 */
@Injectable()
export class StreamTokensService {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    this.key = createHmac('sha256', config.auth.jwtSecret)
      .update('gilde:notification-stream')
      .digest();
  }

  issue(
    userId: string,
    session: StreamSession,
    now = Date.now(),
  ): { token: string; expiresAt: Date; jti: string } {
    const claims: StreamClaims = {
      sub: userId,
      exp: Math.floor(now / 1000) + STREAM_TOKEN_TTL_SECONDS,
      jti: randomUUID(),
      fam: session.familyId,
      sxp: Math.floor(session.expiresAt.getTime() / 1000),
    };
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return {
      token: `${body}.${this.signature(body)}`,
      expiresAt: new Date(claims.exp * 1000),
      jti: claims.jti,
    };
  }

  /** The claims of a well-signed, unexpired token, or null. */
  verify(token: string, now = Date.now()): StreamClaims | null {
    const [body, signature, ...rest] = token.split('.');
    if (rest.length || !body || !signature) return null;
    const expected = Buffer.from(this.signature(body));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const claims = JSON.parse(
        Buffer.from(body, 'base64url').toString('utf8'),
      ) as Partial<StreamClaims>;
      if (
        typeof claims.sub !== 'string' ||
        typeof claims.jti !== 'string' ||
        typeof claims.exp !== 'number' ||
        typeof claims.sxp !== 'number' ||
        (claims.fam !== null && typeof claims.fam !== 'string')
      ) {
        return null;
      }
      if (claims.exp * 1000 <= now || claims.sxp * 1000 <= now) return null;
      return {
        sub: claims.sub,
        exp: claims.exp,
        jti: claims.jti,
        fam: claims.fam ?? null,
        sxp: claims.sxp,
      };
    } catch {
      return null;
    }
  }

  private signature(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
