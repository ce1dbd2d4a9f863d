import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@gilde/kernel';

const ISSUER = 'gilde';
const AUDIENCE = 'gilde-api';

interface AccessClaims {
  sub: string;
  typ: 'access';
}

/** Access tokens (short-lived JWTs), opaque refresh tokens, and signed invitation tokens. */
@Injectable()
export class TokenService {
  private readonly invitationKey: Buffer;

  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {
    // A key of its own, so an invitation signature can never pass as anything else.
    this.invitationKey = createHmac('sha256', config.auth.jwtSecret)
      .update('gilde:invitations')
      .digest();
  }

  signAccessToken(userId: string): string {
    return this.jwt.sign({ sub: userId, typ: 'access' } satisfies AccessClaims, {
      algorithm: 'HS256',
      expiresIn: this.config.auth.accessTtlSeconds,
      issuer: ISSUER,
      audience: AUDIENCE,
    });
  }

  /** The user id of a valid access token, or null. Only HS256 is accepted. */
  async verifyAccessToken(token: string): Promise<string | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims & { nbf?: number }>(token, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
      });
      if (
        claims.typ !== 'access' ||
        typeof claims.sub !== 'string' ||
        !/^[0-9a-f-]{36}$/.test(claims.sub)
      ) {
        return null;
      }
      return claims.sub;
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
