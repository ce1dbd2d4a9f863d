import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig, REDIS, sql } from '@gilde/kernel';

/** One ended session: a refresh-token family, or every session of the person (familyId null). */
export interface SessionRevoked {
  userId: string;
  familyId: string | null;
}

/** The deployment's channel for ended sessions, under its key prefix. */
export function sessionRevokedChannel(prefix: string): string {
  return `${prefix}:auth:session-revoked`;
}

const UUID = /^[0-9a-f-]{36}$/i;

/** A revocation message as published, or null for anything malformed. */
export function parseSessionRevoked(raw: string): SessionRevoked | null {
  try {
    const value = JSON.parse(raw) as Partial<SessionRevoked>;
    if (typeof value.userId !== 'string' || !UUID.test(value.userId)) return null;
    if (
      value.familyId !== null &&
      (typeof value.familyId !== 'string' || !UUID.test(value.familyId))
    )
      return null;
    return { userId: value.userId, familyId: value.familyId };
  } catch {
    return null;
  }
}

/**
 * Tells every API process that sessions ended (logout, a reused refresh token, erasure), so
 * what lives longer than one request (open event streams) ends with them. Published after the
 * revocation is committed; the database stays the truth for anything opened later.
 */
@Injectable()
export class SessionRevocationsService {
  private readonly logger = new Logger(SessionRevocationsService.name);
  private readonly channel: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @InjectDataSource() private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.channel = sessionRevokedChannel(config.redis.queuePrefix);
  }

  async revoked(event: SessionRevoked): Promise<void> {
    try {
      await this.redis.publish(this.channel, JSON.stringify(event));
    } catch (err) {
      // Streams of the session still end when their access token expires.
      this.logger.warn(`Could not announce an ended session: ${(err as Error).message}`);
    }
  }

  /** Whether the sign-in behind an access token still stands (not logged out or revoked). */
  async isActive(familyId: string): Promise<boolean> {
    const row = await sql(this.dataSource)
      .selectFrom('refreshTokens')
      .select('id')
      .where('familyId', '=', familyId)
      .where('revokedAt', 'is', null)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }
}
