import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@gilde/kernel';

const ISSUER = 'gilde';
const AUDIENCE = 'gilde-api';

interface AccessClaims {
  sub: string;
  typ: 'access';
  /** The refresh-token family (sign-in) the token was issued under. */
  fam?: string;
}

/** What a verified access token says: who, under which sign-in, until when. */
export interface AccessSession {
  userId: string;
  /** Null for tokens issued outside a sign-in (tests, scripts). */
  familyId: string | null;
  expiresAt: Date;
}

const UUID = /^[0-9a-f-]{36}$/;

/** Verified access tokens remembered, so the rate limiter and the guard verify each once. */
const VERIFIED_CACHE_SIZE = 10_000;

/** Access tokens (short-lived JWTs), opaque refresh tokens, and signed invitation tokens. */
@Injectable()
export class TokenService {
  private readonly invitationKey: Buffer;
  /** Token → session, for tokens that verified; an entry counts only until the token expires. */
  private readonly verified = new Map<string, AccessSession>();

  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {
    // A key of its own, so an invitation signature can never pass as anything else.
    this.invitationKey = createHmac('sha256', config.auth.jwtSecret)
      .update('gilde:invitations')
      .digest();
  }

  signAccessToken(userId: string, familyId?: string): string {
    const claims: AccessClaims = familyId
      ? { sub: userId, typ: 'access', fam: familyId }
      : { sub: userId, typ: 'access' };
    return this.jwt.sign(claims, {
      algorithm: 'HS256',
      expiresIn: this.config.auth.accessTtlSeconds,
      issuer: ISSUER,
      audience: AUDIENCE,
    });
  }

  /** The user id of a valid access token, or null. Only HS256 is accepted. */
  async verifyAccessToken(token: string): Promise<string | null> {
    return (await this.verifyAccessSession(token))?.userId ?? null;
  }

  /** The session a valid access token belongs to, or null. Only HS256 is accepted. */
  async verifyAccessSession(token: string): Promise<AccessSession | null> {
    const known = this.verified.get(token);
    if (known) {
      if (known.expiresAt.getTime() > Date.now()) return known;
      this.verified.delete(token);
    }
    const session = await this.verifySignedSession(token);
    if (session) {
      if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.clear();
      this.verified.set(token, session);
    }
    return session;
  }

  private async verifySignedSession(token: string): Promise<AccessSession | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims & { exp?: number }>(token, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
      });
      if (
        claims.typ !== 'access' ||
        typeof claims.sub !== 'string' ||
        !UUID.test(claims.sub) ||
        typeof claims.exp !== 'number' ||
        (claims.fam !== undefined && (typeof claims.fam !== 'string' || !UUID.test(claims.fam)))
      ) {
        return null;
      }
      return {
        userId: claims.sub,
        familyId: claims.fam ?? null,
        expiresAt: new Date(claims.exp * 1000),
      };
    } catch {
      return null;
    }
  }

  /** A refresh token is "<row id>.<secret>"; only the secret's hash is stored. */
  newRefreshSecret(): string {
    return randomBytes(32).toString('base64url');
  }

  hash(value: string): string {
    return createHash('sha256').update(value).digest('hex');
  }

  invitationToken(invitationId: string): string {
    return `${invitationId}.${this.invitationSignature(invitationId)}`;
  }

  /** The invitation id a token names, if its signature is ours. */
  verifyInvitationToken(token: string): string | null {
    const [id, signature] = token.split('.');
    if (!id || !signature || !/^[0-9a-f-]{36}$/.test(id)) return null;
    const expected = Buffer.from(this.invitationSignature(id));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
  }

  private invitationSignature(id: string): string {
    return createHmac('sha256', this.invitationKey).update(id).digest('base64url');
  }
}
