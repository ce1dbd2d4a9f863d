import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig, apiError } from '@gilde/kernel';
import { AccountToken, AccountTokenPurpose } from './account-token.entity';
import { AccountErrors } from './accounts.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** How long a link works. */
export const ACCOUNT_TOKEN_TTL_MS: Record<AccountTokenPurpose, number> = {
  verify_email: 48 * 3600_000,
  password_reset: 3600_000,
};

/**
 * Single-use links sent by e-mail: `<row id>.<HMAC of purpose and id>`. The signature is keyed
 * per purpose, so a verification link can never reset a password; only its SHA-256 is stored,
 * so a copy of the database yields no working link.
 */
@Injectable()
export class AccountTokensService {
  private readonly keys: Record<AccountTokenPurpose, Buffer>;

  constructor(config: AppConfig) {
    const key = (purpose: string) =>
      createHmac('sha256', config.auth.jwtSecret).update(`gilde:account-token:${purpose}`).digest();
    this.keys = { verify_email: key('verify_email'), password_reset: key('password_reset') };
  }

  /** Stores a new link for the user (in the caller's transaction) and answers its row id. */
  async issue(
    manager: EntityManager,
    userId: string,
    purpose: AccountTokenPurpose,
    email: string,
  ): Promise<string> {
    const row = manager.create(AccountToken, {
      userId,
      purpose,
      email,
      tokenHash: '',
      expiresAt: new Date(Date.now() + ACCOUNT_TOKEN_TTL_MS[purpose]),
    });
    // The id comes from the database default; generate it here to hash the token in one write.
    row.id = randomUUID();
    row.tokenHash = this.hash(this.token(row.id, purpose));
    await manager.insert(AccountToken, row);
    return row.id;
  }

  /** The token for a stored row, to put in the mail. */
  token(id: string, purpose: AccountTokenPurpose): string {
    return `${id}.${createHmac('sha256', this.keys[purpose]).update(id).digest('base64url')}`;
  }

  hash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }

  /**
   * Uses a token once: locks its row, checks signature, purpose, use and expiry, and marks it
   * used. Answers the row; throws 400 token_invalid or 410 token_expired.
   */
  async redeem(
    manager: EntityManager,
    token: string,
    purpose: AccountTokenPurpose,
  ): Promise<AccountToken> {
    const invalid = apiError(
      400,
      AccountErrors.token_invalid,
      'This link is not valid or was already used.',
    );
    const [id, signature] = token.split('.');
    if (!id || !signature || !UUID.test(id)) throw invalid;
    const expected = Buffer.from(this.token(id, purpose));
    const given = Buffer.from(token);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid;
    const row = await manager.findOne(AccountToken, {
      where: { id, purpose },
      lock: { mode: 'pessimistic_write' },
    });
    if (!row || row.usedAt || row.tokenHash !== this.hash(token)) throw invalid;
    if (row.expiresAt.getTime() <= Date.now()) {
      throw apiError(410, AccountErrors.token_expired, 'This link has expired; ask for a new one.');
    }
    await manager.update(AccountToken, { id }, { usedAt: new Date() });
    return row;
  }
}
