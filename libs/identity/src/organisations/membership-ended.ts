import { Inject, Injectable, Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig, REDIS } from '@gilde/kernel';

/** A person stopped being a member of an organisation (removed, or left). */
export interface MembershipEnded {
  userId: string;
  organisationId: string;
}

/** The deployment's channel for ended memberships, under its key prefix. */
export function membershipEndedChannel(prefix: string): string {
  return `${prefix}:identity:membership-ended`;
}

const UUID = /^[0-9a-f-]{36}$/i;

/** A message as published, or null for anything malformed. */
export function parseMembershipEnded(raw: string): MembershipEnded | null {
  try {
    const value = JSON.parse(raw) as Partial<MembershipEnded>;
    if (typeof value.userId !== 'string' || !UUID.test(value.userId)) return null;
    if (typeof value.organisationId !== 'string' || !UUID.test(value.organisationId)) return null;
    return { userId: value.userId, organisationId: value.organisationId };
  } catch {
    return null;
  }
}

/**
 * Tells every API process that a membership ended, so what outlives one request (open event
 * streams, which carry the organisation's news) ends with it. Requests need no message: each
 * one reads the memberships afresh.
 */
@Injectable()
export class MembershipAnnouncements {
  private readonly logger = new Logger(MembershipAnnouncements.name);
  private readonly channel: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    config: AppConfig,
  ) {
    this.channel = membershipEndedChannel(config.redis.queuePrefix);
  }

  async ended(event: MembershipEnded): Promise<void> {
    try {
      await this.redis.publish(this.channel, JSON.stringify(event));
    } catch (err) {
      // The streams still end when their access token expires, and carry nothing new of the
      // organisation meanwhile (recipients are members at the time of each event).
      this.logger.warn(`Could not announce an ended membership: ${(err as Error).message}`);
    }
  }
}
